using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Understanding;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Prompts;

/// <summary>
/// Asks for one of a few options shown as buttons and returns the chosen id. Reads, in order: a button's label in
/// either language (or its number), the recognizer's entity for this slot, the knowledge base's words for each option.
/// </summary>
public sealed class SlotChoicePrompt : SupportPrompt<string>
{
    private readonly Func<KnowledgeSnapshot, IReadOnlyList<SlotChoice>> _choices;
    private readonly Func<RecognizedTurn, string?>? _entity;
    private readonly MessageKey? _retryKey;
    private readonly Func<string?, KnowledgeSnapshot, string?>? _read;

    /// <param name="read">Reads free text to an option id when no button and no word of an option matched.</param>
    public SlotChoicePrompt(
        string dialogId,
        IKnowledgeBase knowledge,
        MessageKey helpKey,
        Func<KnowledgeSnapshot, IReadOnlyList<SlotChoice>> choices,
        Func<RecognizedTurn, string?>? entity = null,
        MessageKey? retryKey = null,
        Func<string?, KnowledgeSnapshot, string?>? read = null)
        : base(dialogId, knowledge, helpKey)
    {
        _choices = choices;
        _entity = entity;
        _retryKey = retryKey;
        _read = read;
    }

    protected override string RetryText(KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return _retryKey is null ? base.RetryText(knowledge, language) : knowledge.Text(_retryKey, language);
    }

    // The explanation id is the chosen option's id: its message and lines are built from the current knowledge.
    protected override string ExplanationText(KnowledgeSnapshot knowledge, string explanationId, string language) =>
        _choices(knowledge).FirstOrDefault(c => c.Id == explanationId) is { ExplanationKey: not null } choice
            ? choice.Explanation(knowledge, language)
            : base.ExplanationText(knowledge, explanationId, language);

    protected override IList<Choice> Choices(KnowledgeSnapshot knowledge, string language) =>
        [.. _choices(knowledge).Where(c => c.Shown).Select(c => ToChoice(c, language))];

    protected override PromptRecognizerResult<string> Recognize(ITurnContext turnContext, KnowledgeSnapshot knowledge, out string? explanationKey)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var options = _choices(knowledge);
        var text = turnContext.Activity.Text;
        var found = ChoiceRecognizers.RecognizeChoices(text, [.. options.Select(c => ToChoice(c, LocalizedText.Japanese))]);
        var entity = _entity?.Invoke(RecognizedTurn.Current(turnContext));
        var id = found.Count > 0 && found[0].Score >= 1f ? found[0].Value
            : options.Any(c => c.Id == entity) ? entity
            : AnswerMatcher.Best(text, options.Select(c => (c.Id, c.Phrases.Concat([c.Label.Ja, c.Label.En]))))
            ?? _read?.Invoke(text, knowledge)
            // A button word merely inside a question (「i」 of "I don't know" in "if i refuse, will I…?") is no answer.
            ?? (found.Count > 0 && !TurnReading.Current(turnContext).Has(TurnActs.Question) ? found[0].Value : null);

        var chosen = options.FirstOrDefault(c => c.Id == id);
        explanationKey = chosen?.ExplanationKey is null ? null : chosen.Id;
        return chosen is null
            ? new PromptRecognizerResult<string>()
            : new PromptRecognizerResult<string> { Succeeded = true, Value = chosen.Id };
    }

    /// <summary>The button shows and sends the label in the conversation's language; the other language is a synonym.</summary>
    private static Choice ToChoice(SlotChoice choice, string language)
    {
        var label = choice.Label.For(language);
        var other = LocalizedText.IsEnglish(language) ? choice.Label.Ja : choice.Label.En;
        return new Choice(choice.Id)
        {
            Action = new CardAction(ActionTypes.ImBack, label, value: label),
            Synonyms = [other],
        };
    }
}
