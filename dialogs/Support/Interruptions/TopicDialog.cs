using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Prompts;
using SupportBot.Dialogs.Recognition;
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
        AddDialog(new YesNoPrompt(SolvedPromptId, knowledge));
    }

    protected string SolvedPromptId { get; }

    protected override bool ClosesTopic(string promptId) => promptId == SolvedPromptId;

    /// <summary>The waterfall's inquiry, with any order number, stage, seller, payment or date this message gave.</summary>
    protected static OrderInquiry Inquiry(WaterfallStepContext step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var inquiry = step.GetOptions<OrderInquiry>() ?? throw new InvalidOperationException("A topic starts with an OrderInquiry.");
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
