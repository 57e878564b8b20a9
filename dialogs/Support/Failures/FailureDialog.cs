using SupportBot.Dialogs.Engine;
using SupportBot.Understanding;
using SupportBot.Dialogs.Interruptions;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Prompts;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Failures;

/// <summary>
/// A cancellation request failed or was refused: which (when not said) → the cause or the reason → the knowledge
/// base's remedy or alternative → "did it work?"; "I tried again and it still fails" goes to a person.
/// </summary>
public sealed class FailureDialog : TopicDialog
{
    private const string Waterfall = nameof(FailureDialog) + ".waterfall";
    private const string KindPrompt = nameof(FailureDialog) + ".kind";
    private const string CausePrompt = nameof(FailureDialog) + ".cause";
    private const string RejectionPrompt = nameof(FailureDialog) + ".rejection";
    private const string TryResultPrompt = nameof(FailureDialog) + ".tryResult";

    public FailureDialog(IKnowledgeBase knowledge)
        : base(nameof(FailureDialog), knowledge)
    {
        AddDialog(new WaterfallDialog(Waterfall,
        [
            AskKindStepAsync,
            AskCauseStepAsync,
            GiveRemedyStepAsync,
            CloseStepAsync,
        ]));
        AddDialog(new SlotChoicePrompt(KindPrompt, knowledge, MessageKeys.HelpCause, SlotChoices.FailureKinds));
        AddDialog(new SlotChoicePrompt(CausePrompt, knowledge, MessageKeys.HelpCause, SlotChoices.FailureCauses));
        AddDialog(new SlotChoicePrompt(RejectionPrompt, knowledge, MessageKeys.HelpCause, SlotChoices.Rejections));
        AddDialog(new SlotChoicePrompt(TryResultPrompt, knowledge, MessageKeys.HelpStillFails, SlotChoices.TryResult));
        InitialDialogId = Waterfall;
    }

    private async Task<DialogTurnResult> AskKindStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        // Shipped or arrived, failed or refused leads the same way (refuse the delivery, return it): nothing to ask.
        return inquiry.Topic == SupportTopic.FailedOrRefused && inquiry.StageValue is not (OrderStage.Shipped or OrderStage.Received)
            ? await step.PromptAsync(KindPrompt, PromptSpec.Ask(MessageKeys.FailedAskKind), cancellationToken).ConfigureAwait(false)
            : await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskCauseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        if (step.Result is string kind)
        {
            inquiry.Topic = kind == SlotChoices.Refused ? SupportTopic.RequestRefused : SupportTopic.RequestFailed;
        }

        if (inquiry.Rejection is null && inquiry.FailureCause is null)
        {
            FromStage(inquiry);
        }

        if (UsesRejection(inquiry))
        {
            return inquiry.Rejection is not null
                ? await step.NextAsync(null, cancellationToken).ConfigureAwait(false)
                : await step.PromptAsync(RejectionPrompt, PromptSpec.Ask(MessageKeys.FailedAskRejection), cancellationToken).ConfigureAwait(false);
        }

        return inquiry.FailureCause is not null
            ? await step.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await step.PromptAsync(CausePrompt, PromptSpec.Ask(MessageKeys.FailedAskCause), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> GiveRemedyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        var knowledge = Knowledge.Current;
        var language = Language(step);
        // 「ステータスは発送済み、カード払い」 at the cause question: shipped or arrived, where the order stands decides the way
        // on (refuse, return), not the word "card"; before that, the cause chosen stands.
        var chosen = step.Result as string;
        var said = RecognizedTurn.Current(step.Context).Stage;
        if (chosen is not null && KnowledgeIds.TryParseStage(said, out var saidStage) && saidStage is OrderStage.Shipped or OrderStage.Received)
        {
            inquiry.Stage = said;
            if (FromStage(inquiry))
            {
                chosen = null;
            }
        }

        if (UsesRejection(inquiry))
        {
            inquiry.Rejection ??= chosen;
            var rejection = knowledge.Rejections.First(r => r.Id == inquiry.Rejection);
            inquiry.RuleId = "rejection." + rejection.Id;
            var refused = new OutcomeMessage(knowledge, language)
                .Headline(knowledge.Text(MessageKeys.FailedRefusedIntro, language))
                .Paragraph(rejection.Reason.For(language) + ": " + rejection.Alternative.For(language))
                .Procedure(rejection.Procedure)
                .Build(rejection.Outcome, inquiry.RuleId);
            await SendAsync(step, refused, cancellationToken).ConfigureAwait(false);
            return await AskSolvedAsync(step, cancellationToken).ConfigureAwait(false);
        }

        inquiry.FailureCause ??= chosen;
        var cause = knowledge.Failures.Find(inquiry.FailureCause ?? OrderInquiry.Unknown);
        inquiry.RuleId = "failure." + (cause?.Id ?? OrderInquiry.Unknown);
        var message = new OutcomeMessage(knowledge, language);
        if (cause is null)
        {
            message.Headline(knowledge.Text(MessageKeys.FailedAfterFailureIntro, language))
                .Section(null, knowledge.Failures.AfterFailureSteps, numbered: true);
        }
        else
        {
            message.Headline(knowledge.Text(MessageKeys.FailedRemedyIntro, language))
                .Paragraph(cause.Label.For(language) + ": " + cause.Remedy.For(language))
                .Procedure(cause.Procedure);
        }

        // Not shipped yet, the order can still be cancelled: trying again is the cancellation.
        var outcome = cause?.Procedure is { Id: ProcedureIds.Return } ? Outcome.Return
            : inquiry.StageValue == OrderStage.NotShipped ? Outcome.Cancel : Outcome.Info;
        await SendAsync(step, message.Build(outcome, inquiry.RuleId), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(TryResultPrompt, PromptSpec.Ask(MessageKeys.FailedAskResult), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Where the order stands, when the customer said it, is the situation these questions ask about: shipped, the way
    /// on is refusing the delivery; arrived, a return; not shipped yet, a failed request is tried again (it can still be
    /// cancelled). True when the stage decided.
    /// </summary>
    private static bool FromStage(OrderInquiry inquiry)
    {
        var refused = inquiry.Topic == SupportTopic.RequestRefused;
        (inquiry.Rejection, inquiry.FailureCause) = inquiry.StageValue switch
        {
            OrderStage.Shipped => ((string?)RejectionIds.ShippedNotReceived, (string?)null),
            OrderStage.Received => (RejectionIds.Arrived, null),
            OrderStage.Preparing => refused ? (RejectionIds.ShippedNotReceived, null) : (null, FailureCauseIds.TooLate),
            OrderStage.NotShipped when !refused => (null, FailureCauseIds.SystemError),
            _ => ((string?)null, (string?)null),
        };
        return inquiry.Rejection is not null || inquiry.FailureCause is not null;
    }

    private static bool UsesRejection(OrderInquiry inquiry) => inquiry.Topic == SupportTopic.RequestRefused || inquiry.Rejection is not null;

    private Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var solved = step.Result is true || step.Result is string answer && answer == SlotChoices.Solved;

        // A refused request whose alternative did not help is still a refused request; a failure that the remedy
        // for its cause did not fix is the "persists after the remedy" trigger.
        var trigger = Inquiry(step).Topic == SupportTopic.RequestRefused ? EscalationTrigger.CancelFailed : EscalationTrigger.RemedyFailed;
        return CloseAsync(step, solved, trigger, cancellationToken);
    }
}
