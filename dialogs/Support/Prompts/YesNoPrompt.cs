using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Prompts;

/// <summary>
/// A yes/no question with the knowledge base's はい/いいえ buttons; colloquial answers in either language count.
/// <paramref name="more"/> adds buttons that ask for more before answering (read by the dialog, not the prompt).
/// </summary>
public sealed class YesNoPrompt(string dialogId, IKnowledgeBase knowledge, MessageKey? helpKey = null, IReadOnlyList<MessageKey>? more = null)
    : SupportPrompt<bool>(dialogId, knowledge, helpKey ?? MessageKeys.HelpConfirm)
{
    private const string Yes = "yes";
    private const string No = "no";

    /// <summary>The yes and no buttons in the conversation's language.</summary>
    public static IList<Choice> Buttons(KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [Button(knowledge, MessageKeys.CommonYes, Yes, language), Button(knowledge, MessageKeys.CommonNo, No, language)];
    }

    /// <summary><paramref name="text"/> with yes and no to answer it.</summary>
    public static IMessageActivity Offer(string? channelId, string text, KnowledgeSnapshot knowledge, string language) =>
        LocalizedChoices.For(channelId, Buttons(knowledge, language), text, language);

    /// <summary>Yes, no, or null when the reply is neither.</summary>
    public static bool? Read(string? text, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var labels = Buttons(knowledge, LocalizedText.Japanese).Concat(Buttons(knowledge, LocalizedText.English)).ToList();
        var found = ChoiceRecognizers.RecognizeChoices(text, labels);
        if (found.Count > 0 && found[0].Score >= 1f)
        {
            return found[0].Value == Yes;
        }

        return ConfirmRecognizer.Recognize(AnswerPart(text))
            ?? AnswerMatcher.Best(text, [(Yes, knowledge.Vocabulary.Yes.All), (No, knowledge.Vocabulary.No.All)]) switch
            {
                Yes => true,
                No => false,
                _ => null,
            };
    }

    // A reply that asks back ("Uketori kyohi... it is not rude to the driver?") holds a "not" without saying no: when it
    // asks, yes or no is read from its first clause only, where people put it ("No, and when…?", 「いいえ、…ですか？」).
    private static string? AnswerPart(string? text)
    {
        if (text is null || text.AsSpan().IndexOfAny(QuestionMarks) < 0)
        {
            return text;
        }

        var end = text.AsSpan().IndexOfAny(ClauseEnds);
        return end < 0 || text[end] is '?' or '？' ? null : text[..end];
    }

    private static readonly System.Buffers.SearchValues<char> QuestionMarks = System.Buffers.SearchValues.Create("?？");
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("、，,。.!！?？\n");

    protected override IList<Choice> Choices(KnowledgeSnapshot knowledge, string language) =>
        [.. Buttons(knowledge, language), .. (more ?? []).Select(key => Button(knowledge, key, key.Name, language))];

    protected override PromptRecognizerResult<bool> Recognize(ITurnContext turnContext, KnowledgeSnapshot knowledge, out string? explanationKey)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        explanationKey = null;
        return Read(turnContext.Activity.Text, knowledge) is { } value
            ? new PromptRecognizerResult<bool> { Succeeded = true, Value = value }
            : new PromptRecognizerResult<bool>();
    }

    private static Choice Button(KnowledgeSnapshot knowledge, MessageKey key, string value, string language)
    {
        var label = knowledge.Text(key, language);
        return new Choice(value) { Action = new CardAction(ActionTypes.ImBack, label, value: label) };
    }
}
