using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Faq;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Prompts;
using SupportBot.Dialogs.Recognition;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Interruptions;

/// <summary>
/// A support dialog whose every step can be interrupted: help (the active question's own help text, then the
/// question again), start over, quit, talk to a person; and the answer to a prompt's "shall I connect you with a
/// person?". A topic hands the interruption to MainDialog by ending with its <see cref="OrderInquiry"/>.
/// </summary>
public abstract class SupportComponentDialog : ComponentDialog
{
    protected SupportComponentDialog(string dialogId, IKnowledgeBase knowledge)
        : base(dialogId)
    {
        Knowledge = knowledge;
    }

    protected IKnowledgeBase Knowledge { get; }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var active = innerDc.ActiveDialog;
        var activeDialog = active is null ? null : innerDc.FindDialog(active.Id);

        // A nested support dialog handles interruptions itself, with its own step's help.
        if (active is null || activeDialog is SupportComponentDialog || innerDc.Context.Activity.Type != ActivityTypes.Message)
        {
            return await innerDc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        }

        var prompt = activeDialog as ISupportPrompt;
        if (prompt is not null && PromptOffer.Pending(active) is { } offered)
        {
            switch (YesNoPrompt.Read(innerDc.Context.Activity.Text, Knowledge.Current))
            {
                case true:
                    var trigger = KnowledgeIds.TryParseTrigger(offered, out var t) ? t : EscalationTrigger.NotUnderstood;
                    return await OnInterruptedAsync(innerDc, CurrentInquiry(innerDc).EscalateFor(trigger), cancellationToken).ConfigureAwait(false);
                case false:
                    PromptOffer.Decline(active);
                    await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                    return EndOfTurn;
                default:
                    PromptOffer.Forget(active);
                    break;
            }
        }

        var turn = RecognizedTurn.Current(innerDc.Context);
        // 「わからない」 may read as a plea for help, but where the question has an answer for it, it is that answer.
        if (turn.Is(SupportIntents.Help) && prompt?.CanRead(innerDc.Context) != true)
        {
            return await OnHelpAsync(innerDc, prompt?.HelpKey ?? MessageKeys.HelpGeneral, cancellationToken).ConfigureAwait(false);
        }

        if (turn.Is(SupportIntents.StartOver))
        {
            return await OnInterruptedAsync(innerDc, CurrentInquiry(innerDc).Finish(ConversationNext.StartOver), cancellationToken).ConfigureAwait(false);
        }

        if (turn.Is(SupportIntents.Quit))
        {
            return await OnInterruptedAsync(innerDc, CurrentInquiry(innerDc).Finish(ConversationNext.Quit), cancellationToken).ConfigureAwait(false);
        }

        if (turn.Is(SupportIntents.Human))
        {
            return await OnInterruptedAsync(innerDc, CurrentInquiry(innerDc).EscalateFor(EscalationTrigger.CustomerRequest), cancellationToken).ConfigureAwait(false);
        }

        if (prompt is not null && DigressesAtPrompts && Digresses(prompt, innerDc.Context, turn) && await DigressAsync(innerDc, turn, cancellationToken).ConfigureAwait(false) is { } digressed)
        {
            return digressed;
        }

        return await innerDc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A message that does not answer the question being asked, read as a whole: thanks closes politely; a question
    /// the FAQ answers is answered; something out of scope is said to be; a different order number replaces the one
    /// given. The question is then asked again with every slot kept. Null when none of these applies.
    /// </summary>
    private async Task<DialogTurnResult?> DigressAsync(DialogContext innerDc, RecognizedTurn turn, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        var knowledge = Knowledge.Current;
        if (turn.Is(SupportIntents.Thanks))
        {
            await SendTextAsync(context, MessageKeys.NavThanks, cancellationToken).ConfigureAwait(false);
            return await OnInterruptedAsync(innerDc, CurrentInquiry(innerDc).Finish(ConversationNext.Done), cancellationToken).ConfigureAwait(false);
        }

        var inquiry = CurrentInquiry(innerDc);
        if (turn.OrderNumber is { } number && inquiry.OrderNumber is { } given && number != given && InitialDialogId is { } topicStart)
        {
            // The topic starts again with the new number: it is looked up afresh, and what the order system said
            // about the old order is dropped; what the customer said stays.
            inquiry.OrderNumber = number;
            inquiry.LookedUp = false;
            if (inquiry.FromOrderSystem)
            {
                (inquiry.Stage, inquiry.Seller, inquiry.PaymentMethod, inquiry.FromOrderSystem) = (null, null, null, false);
            }

            await SendTextAsync(context, MessageKeys.NavOrderNumberCorrected, cancellationToken, ("orderNumber", number)).ConfigureAwait(false);
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await innerDc.BeginDialogAsync(topicStart, inquiry, cancellationToken).ConfigureAwait(false);
        }

        var text = context.Activity.Text;
        if ((turn.Is(SupportIntents.Faq) || (FaqMatcher.IsQuestion(text) && !turn.Is(SupportIntents.OutOfScope, 0))) && FaqMatcher.FindQuestion(text, knowledge) is { } entry)
        {
            var language = ConversationLanguage.Current(context);
            await context.SendActivityAsync(FaqAnswer.Compose(knowledge, entry, language).BuildText(), cancellationToken).ConfigureAwait(false);
            return await AskAgainAsync(innerDc, MessageKeys.NavResume, cancellationToken).ConfigureAwait(false);
        }

        if (turn.Is(SupportIntents.OutOfScope, 0))
        {
            return await AskAgainAsync(innerDc, MessageKeys.ScopeNotCoveredHere, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>
    /// After a digression: the pending question again, unless the question has now gone unanswered as often as the
    /// escalation policy allows, in which case a person is offered (a digression counts as a miss: nothing loops).
    /// </summary>
    private async Task<DialogTurnResult> AskAgainAsync(DialogContext innerDc, MessageKey leadKey, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        var knowledge = Knowledge.Current;
        var active = innerDc.ActiveDialog!;
        PromptOffer.ForgetExplanation(active);
        if (PromptOffer.CountMiss(active) >= knowledge.Escalation.NotUnderstoodLimit)
        {
            var language = ConversationLanguage.Current(context);
            PromptOffer.Offer(active, KnowledgeIds.Id(EscalationTrigger.NotUnderstood));
            var offer = Engine.Choices.ChoiceFactory.ForChannel(context.Activity.ChannelId, YesNoPrompt.Buttons(knowledge, language), knowledge.Text(MessageKeys.NotUnderstoodSecond, language));
            await context.SendActivityAsync(offer, cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }

        await SendTextAsync(context, leadKey, cancellationToken).ConfigureAwait(false);
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    // Not an answer to the question; or only loosely "I don't know" while the classifier is sure it is thanks, a
    // question or something out of scope ("thanks, that's all I needed" is no status).
    private static bool Digresses(ISupportPrompt prompt, ITurnContext context, RecognizedTurn turn) =>
        !prompt.CanRead(context)
        || (!prompt.ReadsAnswer(context) && turn.Score >= Recognition.Trained.IntentBlend.Confident
            && turn.Intent is SupportIntents.Thanks or SupportIntents.Faq or SupportIntents.OutOfScope or SupportIntents.RefundStatus);

    /// <summary>False where a prompt's unread message is routed as a new request instead (the main menu).</summary>
    protected virtual bool DigressesAtPrompts => true;

    /// <summary>Explains what the current step needs, with an example, then asks its question again.</summary>
    protected virtual async Task<DialogTurnResult> OnHelpAsync(DialogContext innerDc, MessageKey helpKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await SendTextAsync(innerDc.Context, helpKey, cancellationToken).ConfigureAwait(false);
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>A topic stops here and hands the inquiry (with what to do next) to MainDialog.</summary>
    protected virtual async Task<DialogTurnResult> OnInterruptedAsync(DialogContext innerDc, OrderInquiry inquiry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Complete, inquiry);
    }

    /// <summary>The inquiry this topic is filling: the options of its waterfall, at the bottom of the inner stack.</summary>
    protected virtual OrderInquiry CurrentInquiry(DialogContext innerDc)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var bottom = innerDc.Stack.Count > 0 ? innerDc.Stack[^1] : null;
        var options = bottom?.State.TryGetValue(WaterfallDialog.PersistedOptions, out var raw) == true ? raw : null;
        return StateValue.Convert<OrderInquiry>(options) ?? new OrderInquiry();
    }

    protected Task SendTextAsync(ITurnContext turnContext, MessageKey key, CancellationToken cancellationToken, params (string Name, string Value)[] args)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = Knowledge.Current.Text(key, ConversationLanguage.Current(turnContext), args);
        return turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }
}
