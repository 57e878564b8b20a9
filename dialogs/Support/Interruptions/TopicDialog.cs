using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;
using SupportBot.Understanding.Language;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Prompts;
using SupportBot.Understanding;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Interruptions;

/// <summary>
/// A topic's waterfall host: reads its <see cref="OrderInquiry"/> (filled with what this turn's message said),
/// and ends with the shared "Did that solve it?" close.
/// </summary>
public abstract class TopicDialog : SupportComponentDialog
{
    protected TopicDialog(string dialogId, IKnowledgeBase knowledge)
        : base(dialogId, knowledge)
    {
        SolvedPromptId = dialogId + ".solved";
        SolvedWithDetailsPromptId = dialogId + ".solvedDetails";
        AddDialog(new YesNoPrompt(SolvedPromptId, knowledge));
        AddDialog(new YesNoPrompt(SolvedWithDetailsPromptId, knowledge, more: OutcomeDetails.Buttons));
    }

    protected string SolvedPromptId { get; }

    /// <summary>"Did that solve it?" after an outcome, with the buttons that show its cautions and if-it-fails.</summary>
    protected string SolvedWithDetailsPromptId { get; }

    protected override bool ClosesTopic(string promptId) => promptId == SolvedPromptId || promptId == SolvedWithDetailsPromptId;

    /// <summary>The outcome whose details the close's buttons show, recomposed from the inquiry; null when there is none.</summary>
    protected virtual ComposedOutcome? Composed(OrderInquiry inquiry, string language) => null;

    // A details button at the close: the details, then the same question; every slot is kept.
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (innerDc.ActiveDialog?.Id == SolvedWithDetailsPromptId
            && OutcomeDetails.Read(innerDc.Context.Activity.Text, Knowledge.Current) is { } detail
            && Composed(CurrentInquiry(innerDc), ConversationLanguage.Current(innerDc.Context)) is { } composed)
        {
            var knowledge = Knowledge.Current;
            foreach (var bubble in OutcomeMessage.Bubbles(OutcomeDetails.Of(composed, detail), null, composed.Decision.RuleId, knowledge.Version))
            {
                await innerDc.Context.SendActivityAsync(bubble, cancellationToken).ConfigureAwait(false);
            }

            await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The waterfall's inquiry, with any order number, stage, seller, payment or date this message gave.</summary>
    protected static OrderInquiry Inquiry(WaterfallStepContext step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var inquiry = step.GetOptions<OrderInquiry>() ?? throw new InvalidOperationException("A topic starts with an OrderInquiry.");
        inquiry.SellerSilent |= TurnReading.Current(step.Context).Has(TurnActs.SellerSilent);
        return inquiry.FillFrom(RecognizedTurn.Current(step.Context));
    }

    protected static string Language(WaterfallStepContext step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return ConversationLanguage.Current(step.Context);
    }

    protected Task<DialogTurnResult> AskSolvedAsync(WaterfallStepContext step, CancellationToken cancellationToken, MessageKey? questionKey = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.PromptAsync(SolvedPromptId, PromptSpec.Ask(questionKey ?? MessageKeys.CommonDidThatSolve), cancellationToken);
    }

    /// <summary>"Did that solve it?" after a composed outcome: its details wait behind two buttons.</summary>
    protected Task<DialogTurnResult> AskSolvedWithDetailsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.PromptAsync(SolvedWithDetailsPromptId, PromptSpec.Ask(MessageKeys.CommonDidThatSolve), cancellationToken);
    }

    protected static async Task SendAllAsync(WaterfallStepContext step, IEnumerable<Microsoft.Bot.Schema.IActivity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(activities);
        foreach (var activity in activities)
        {
            await step.Context.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Yes: a polite close. No: a person takes over, for the given reason.</summary>
    protected async Task<DialogTurnResult> CloseAsync(WaterfallStepContext step, bool solved, EscalationTrigger ifNotSolved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var inquiry = Inquiry(step);
        await step.Context.SendActivityAsync(OutcomeEntities.SolvedTrace(solved), cancellationToken).ConfigureAwait(false);
        if (!solved)
        {
            return await step.EndDialogAsync(inquiry.EscalateFor(ifNotSolved, inquiry.RuleId), cancellationToken).ConfigureAwait(false);
        }

        await SendTextAsync(step.Context, MessageKeys.CommonClosingSolved, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(inquiry.Finish(ConversationNext.Done), cancellationToken).ConfigureAwait(false);
    }

    protected static Task SendAsync(WaterfallStepContext step, Microsoft.Bot.Schema.IActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Context.SendActivityAsync(activity, cancellationToken);
    }
}
