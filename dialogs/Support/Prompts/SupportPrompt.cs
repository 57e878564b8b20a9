using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Dialogs.Localization;
using SupportBot.Understanding.Language;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Prompts;

/// <summary>
/// A prompt whose words come from the knowledge files at the moment they are sent. A reply it cannot read gets a
/// retry; after the escalation policy's limit of misses in a row it offers a person instead of asking again.
/// An answer that needs an explanation first ("I don't know") gets that explanation and the question again.
/// </summary>
public abstract class SupportPrompt<T> : Prompt<T>, ISupportPrompt
{
    private const string ExplainKey = PromptOffer.ExplainKey;
    private const string AskedKey = "asked";
    private const string ExplainedKey = PromptOffer.ExplainedKey;

    protected SupportPrompt(string dialogId, IKnowledgeBase knowledge, MessageKey helpKey)
        : base(dialogId)
    {
        Knowledge = knowledge;
        HelpKey = helpKey;
    }

    public MessageKey HelpKey { get; }

    protected IKnowledgeBase Knowledge { get; }

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        var language = ConversationLanguage.Current(turnContext);
        var knowledge = Knowledge.Current;
        var spec = StateValue.Convert<PromptSpec>(options?.Validations) ?? new PromptSpec();
        var misses = StateValue.ToInt32(state.ValueOrDefault(PromptOffer.MissesKey)) + spec.PreviousMisses;

        if (isRetry && !state.ContainsKey(ExplainKey) && misses >= OfferAfter(knowledge))
        {
            state[PromptOffer.OfferKey] = KnowledgeIds.Id(OfferTrigger);
            var offer = knowledge.Text(OfferKey, language);
            var offerActivity = YesNoPrompt.Offer(turnContext.Activity.ChannelId, offer, knowledge, language);
            Mark(offerActivity, spec, notUnderstood: true);
            await turnContext.SendActivityAsync(offerActivity, cancellationToken).ConfigureAwait(false);
            return;
        }

        var question = knowledge.Text(spec.Question, language);
        var explaining = state.TryGetValue(ExplainKey, out var explain) && explain is not null;
        var notUnderstood = !explaining && (isRetry || (spec.PreviousMisses > 0 && !state.ContainsKey(AskedKey)));
        var lead = explaining
            ? ExplanationText(knowledge, explain!.ToString()!, language)
            : notUnderstood ? (isRetry && OrderNumberFormat.IsMistyped(turnContext.Activity.Text) ? MistypedOrderNumber(knowledge, language) : RetryText(knowledge, language)) : null;
        state[AskedKey] = true;
        var text = lead is null ? question : isRetry && !RepeatQuestionOnRetry && !state.ContainsKey(ExplainKey) ? lead : lead + "\n\n" + question;
        var choices = Choices(knowledge, language);
        var activity = choices.Count > 0
            ? LocalizedChoices.For(turnContext.Activity.ChannelId, choices, text, language)
            : MessageFactory.Text(text, inputHint: InputHints.ExpectingInput);
        activity.InputHint = InputHints.ExpectingInput;
        Mark(activity, spec, notUnderstood);
        await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The analytics markers: which question this is, and whether it answers a message the bot could not read.</summary>
    private void Mark(IMessageActivity activity, PromptSpec spec, bool notUnderstood)
    {
        // Prompt ids are "<Dialog>.<slot>"; the question's knowledge key names the step.
        var dialog = Id.Split('.')[0];
        var entities = new List<Entity>(activity.Entities ?? []) { OutcomeEntities.Step(dialog, spec.QuestionKey) };
        if (notUnderstood)
        {
            entities.Add(OutcomeEntities.NotUnderstood(dialog));
        }

        activity.Entities = entities;
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        state.Remove(ExplainKey);
        var result = Recognize(turnContext, Knowledge.Current, out var explanationKey);
        if (explanationKey is not null && state.ContainsKey(ExplainedKey))
        {
            // "I don't know" again after the explanation: explaining it a second time would loop, so a person is offered.
            state[PromptOffer.MissesKey] = Math.Max(StateValue.ToInt32(state.ValueOrDefault(PromptOffer.MissesKey)), OfferAfter(Knowledge.Current));
            result = new PromptRecognizerResult<T>();
        }
        else if (explanationKey is not null)
        {
            state[ExplainKey] = explanationKey;
            state[ExplainedKey] = true;
            result = new PromptRecognizerResult<T>();
        }
        else if (!result.Succeeded)
        {
            state[PromptOffer.MissesKey] = StateValue.ToInt32(state.ValueOrDefault(PromptOffer.MissesKey)) + 1;
        }

        return Task.FromResult(result);
    }

    public bool CanRead(ITurnContext turnContext) =>
        Recognize(turnContext, Knowledge.Current, out var explanationKey).Succeeded || explanationKey is not null;

    public bool ReadsAnswer(ITurnContext turnContext) =>
        Recognize(turnContext, Knowledge.Current, out var explanationKey).Succeeded && explanationKey is null;

    /// <summary>Reads the answer; sets <paramref name="explanationKey"/> for an answer that is understood but needs explaining.</summary>
    protected abstract PromptRecognizerResult<T> Recognize(ITurnContext turnContext, KnowledgeSnapshot knowledge, out string? explanationKey);

    /// <summary>The explanation <see cref="Recognize"/> asked for, by the id it gave (a message key by default).</summary>
    protected virtual string ExplanationText(KnowledgeSnapshot knowledge, string explanationId, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return knowledge.Text(MessageKeys.Find(explanationId), language);
    }

    /// <summary>The buttons shown with the question (none by default).</summary>
    protected virtual IList<Choice> Choices(KnowledgeSnapshot knowledge, string language) => [];

    // An order number with a group too short or long, typed at any question: how to type it, not "not understood".
    private static string MistypedOrderNumber(KnowledgeSnapshot knowledge, string language) =>
        knowledge.Text(MessageKeys.CancelOrderNumberRetry, language, ("example", knowledge.Text(MessageKeys.OrderNumberExample, language)));

    protected virtual string RetryText(KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return knowledge.Text(MessageKeys.NotUnderstoodFirst, language);
    }

    protected virtual int OfferAfter(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return knowledge.Escalation.NotUnderstoodLimit;
    }

    /// <summary>False when the retry text already says what to type, so the question is not repeated under it.</summary>
    protected virtual bool RepeatQuestionOnRetry => true;

    protected virtual MessageKey OfferKey => MessageKeys.NotUnderstoodSecond;

    protected virtual EscalationTrigger OfferTrigger => EscalationTrigger.NotUnderstood;
}
