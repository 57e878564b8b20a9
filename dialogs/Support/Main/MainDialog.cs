using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Cancellation;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Failures;
using SupportBot.Dialogs.Faq;
using SupportBot.Dialogs.Interruptions;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Prompts;
using SupportBot.Dialogs.Recognition;
using SupportBot.Dialogs.Refunds;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs;

/// <summary>
/// The root of the support conversation. Every message is recognized once and its language chosen; then the
/// message opens a topic (cancel, refund, failed or refused request, shipped anyway, withdraw, FAQ, a person),
/// the topic's waterfall runs, and what it hands back decides the close: done, start over, quit or a person.
/// MainDialog never ends: it rests between topics so the conversation's language stays in its state.
/// </summary>
public sealed class MainDialog : SupportComponentDialog
{
    private const string Waterfall = nameof(MainDialog) + ".waterfall";
    private const string MenuPrompt = nameof(MainDialog) + ".menu";
    private const string LanguageKey = "language";

    private readonly IIntentRecognizer _recognizer;
    private readonly IEscalationService _escalation;

    public MainDialog(
        IKnowledgeBase knowledge,
        IIntentRecognizer recognizer,
        IEscalationService escalation,
        IOrderService? orders = null,
        TimeProvider? clock = null)
        : base(nameof(MainDialog), knowledge)
    {
        _recognizer = recognizer;
        _escalation = escalation;
        AddDialog(new WaterfallDialog(Waterfall,
        [
            WaitOrAskStepAsync,
            StartTopicStepAsync,
            FinishTopicStepAsync,
        ]));
        AddDialog(new SlotChoicePrompt(MenuPrompt, knowledge, MessageKeys.HelpMenu, SlotChoices.Menu));
        AddDialog(new CancellationDialog(knowledge, new OrderSystemGuard(orders, time: clock)));
        AddDialog(new RefundDialog(knowledge, clock ?? TimeProvider.System));
        AddDialog(new FailureDialog(knowledge));
        AddDialog(new GuidanceDialog(knowledge));
        AddDialog(new FaqDialog(knowledge));
        InitialDialogId = Waterfall;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        await PrepareTurnAsync(dc, cancellationToken).ConfigureAwait(false);
        return await base.BeginDialogAsync(dc, options ?? MainOptions.Route, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        await PrepareTurnAsync(dc, cancellationToken).ConfigureAwait(false);
        return await base.ContinueDialogAsync(dc, cancellationToken).ConfigureAwait(false);
    }

    protected override bool DigressesAtPrompts => false;

    // Between topics the inquiry is the facts kept so far: a person asked for now gets the order number given earlier.
    protected override OrderInquiry CurrentInquiry(DialogContext innerDc)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var bottom = innerDc.Stack.Count > 0 ? innerDc.Stack[^1] : null;
        var options = bottom?.State.TryGetValue(WaterfallDialog.PersistedOptions, out var raw) == true ? StateValue.Convert<MainOptions>(raw) : null;
        return new OrderInquiry().FillFrom(options?.Facts);
    }

    protected override async Task<DialogTurnResult> OnHelpAsync(DialogContext innerDc, MessageKey helpKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (innerDc.ActiveDialog?.Id != Waterfall)
        {
            return await base.OnHelpAsync(innerDc, helpKey, cancellationToken).ConfigureAwait(false);
        }

        // Resting between topics: say what the bot can do and show the menu.
        await SendTextAsync(innerDc.Context, MessageKeys.HelpGeneral, cancellationToken).ConfigureAwait(false);
        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await innerDc.BeginDialogAsync(Waterfall, MainOptions.Menu(), cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<DialogTurnResult> OnInterruptedAsync(DialogContext innerDc, OrderInquiry inquiry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        var next = await FinishAsync(innerDc.Context, inquiry, cancellationToken).ConfigureAwait(false);
        return await innerDc.BeginDialogAsync(Waterfall, next, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> WaitOrAskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<MainOptions>() ?? MainOptions.Route;
        return options.Mode switch
        {
            MainMode.Rest => EndOfTurn,
            MainMode.Menu => await step.PromptAsync(MenuPrompt, PromptSpec.Ask(MessageKeys.MenuPrompt, options.Misses), cancellationToken).ConfigureAwait(false),
            _ => await step.NextAsync(null, cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<DialogTurnResult> StartTopicStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<MainOptions>() ?? MainOptions.Route;
        var turn = RecognizedTurn.Current(step.Context);
        var text = step.Context.Activity.Text;
        var knowledge = Knowledge.Current;

        // "Shall I connect you with a person?" was asked last turn: a yes or a no answers it, anything else is routed.
        if (options.PersonOffered && YesNoPrompt.Read(text, knowledge) is { } wantsPerson)
        {
            if (wantsPerson)
            {
                return await step.NextAsync(new OrderInquiry().FillFrom(options.Facts).EscalateFor(EscalationTrigger.CustomerRequest), cancellationToken).ConfigureAwait(false);
            }

            await SendTextAsync(step.Context, MessageKeys.ScopeDeclined, cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Waterfall, MainOptions.Rest, cancellationToken).ConfigureAwait(false);
        }

        var topic = options.Mode == MainMode.Menu && step.Result is string chosen
            ? Enum.Parse<SupportTopic>(chosen)
            : TopicRouter.Route(text, turn, knowledge);

        if (topic == SupportTopic.None)
        {
            return await NoTopicAsync(step, options, turn, cancellationToken).ConfigureAwait(false);
        }

        var inquiry = new OrderInquiry { Topic = topic }.FillFrom(turn).FillFrom(options.Facts);
        if (topic == SupportTopic.Faq && options.Mode != MainMode.Menu)
        {
            inquiry.Question = text;
        }

        return topic switch
        {
            SupportTopic.Human => await step.NextAsync(inquiry.EscalateFor(EscalationTrigger.CustomerRequest), cancellationToken).ConfigureAwait(false),
            SupportTopic.CancelOrder => await step.BeginDialogAsync(nameof(CancellationDialog), inquiry, cancellationToken).ConfigureAwait(false),
            SupportTopic.Refund => await step.BeginDialogAsync(nameof(RefundDialog), inquiry, cancellationToken).ConfigureAwait(false),
            SupportTopic.FailedOrRefused or SupportTopic.RequestFailed or SupportTopic.RequestRefused =>
                await step.BeginDialogAsync(nameof(FailureDialog), inquiry, cancellationToken).ConfigureAwait(false),
            SupportTopic.Faq => await step.BeginDialogAsync(nameof(FaqDialog), inquiry, cancellationToken).ConfigureAwait(false),
            _ => await step.BeginDialogAsync(nameof(GuidanceDialog), inquiry, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>
    /// A message that opens no topic: out of scope (said so, a person offered), thanks or never mind (a polite
    /// close), facts without a request (kept for the topic that follows), or not understood (the menu).
    /// </summary>
    private async Task<DialogTurnResult> NoTopicAsync(WaterfallStepContext step, MainOptions options, RecognizedTurn turn, CancellationToken cancellationToken)
    {
        var facts = new OrderInquiry().FillFrom(options.Facts).FillFrom(turn);
        if (turn.Is(SupportIntents.OutOfScope, 0))
        {
            var language = ConversationLanguage.Current(step.Context);
            var knowledge = Knowledge.Current;
            var offer = Engine.Choices.ChoiceFactory.ForChannel(step.Context.Activity.ChannelId, YesNoPrompt.Buttons(knowledge, language), knowledge.Text(MessageKeys.ScopeNotCovered, language));
            await step.Context.SendActivityAsync(offer, cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Waterfall, MainOptions.OfferedPerson(facts.HasFacts ? facts : null), cancellationToken).ConfigureAwait(false);
        }

        if (turn.Is(SupportIntents.Thanks) || turn.Is(SupportIntents.Quit))
        {
            await SendTextAsync(step.Context, turn.Is(SupportIntents.Thanks) ? MessageKeys.NavThanks : MessageKeys.NavGoodbye, cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Waterfall, MainOptions.Rest, cancellationToken).ConfigureAwait(false);
        }

        if (turn.Intent == SupportIntents.None && (turn.OrderNumber is not null || turn.Stage is not null || turn.Seller is not null || turn.PaymentMethod is not null))
        {
            var noted = facts.OrderNumber is { } number
                ? Knowledge.Current.Text(MessageKeys.NavFactsOrderNumber, ConversationLanguage.Current(step.Context), ("orderNumber", number))
                : Knowledge.Current.Text(MessageKeys.NavFactsOther, ConversationLanguage.Current(step.Context));
            await SendTextAsync(step.Context, MessageKeys.NavFactsNoted, cancellationToken, ("facts", noted)).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Waterfall, MainOptions.Menu(0, facts), cancellationToken).ConfigureAwait(false);
        }

        var understood = turn.Is(SupportIntents.Greeting) || turn.Is(SupportIntents.Help) || turn.Is(SupportIntents.StartOver);
        if (turn.Is(SupportIntents.Help))
        {
            await SendTextAsync(step.Context, MessageKeys.HelpGeneral, cancellationToken).ConfigureAwait(false);
        }

        return await step.ReplaceDialogAsync(Waterfall, MainOptions.Menu(understood ? 0 : options.Misses + 1, facts.HasFacts ? facts : null), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FinishTopicStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = StateValue.Convert<OrderInquiry>(step.Result) ?? new OrderInquiry();
        var next = await FinishAsync(step.Context, inquiry, cancellationToken).ConfigureAwait(false);
        return await step.ReplaceDialogAsync(Waterfall, next, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes a topic as it asked (start over, quit, a person) and says how the main waterfall goes on.</summary>
    private async Task<MainOptions> FinishAsync(ITurnContext turnContext, OrderInquiry inquiry, CancellationToken cancellationToken)
    {
        switch (inquiry.Next)
        {
            case ConversationNext.StartOver:
                await SendTextAsync(turnContext, MessageKeys.NavStartOver, cancellationToken).ConfigureAwait(false);
                return MainOptions.Menu();
            case ConversationNext.Quit:
                await SendTextAsync(turnContext, MessageKeys.NavQuit, cancellationToken).ConfigureAwait(false);
                await SendTextAsync(turnContext, MessageKeys.NavGoodbye, cancellationToken).ConfigureAwait(false);
                return MainOptions.Rest;
            case ConversationNext.Escalate:
                if (RecognizedTurn.Current(turnContext).Frustrated)
                {
                    await SendTextAsync(turnContext, MessageKeys.EscalationApology, cancellationToken).ConfigureAwait(false);
                }

                var trigger = KnowledgeIds.TryParseTrigger(inquiry.EscalationTrigger, out var t) ? t : EscalationTrigger.CustomerRequest;
                var request = new EscalationRequest(trigger, inquiry, ConversationLanguage.Current(turnContext), Knowledge.Current.Version);
                await _escalation.EscalateAsync(turnContext, request, cancellationToken).ConfigureAwait(false);
                return MainOptions.Rest;
            default:
                return MainOptions.Rest;
        }
    }

    /// <summary>Recognizes the message once for every dialog of this turn and settles the reply language.</summary>
    private async Task PrepareTurnAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var context = dc.Context;
        var instance = dc.ActiveDialog;
        var turn = RecognizedTurn.None;
        if (context.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message && !string.IsNullOrWhiteSpace(context.Activity.Text))
        {
            turn = RecognizedTurn.From(await _recognizer.RecognizeAsync(context, cancellationToken).ConfigureAwait(false));
        }

        RecognizedTurn.SetCurrent(context, turn);
        var previous = instance?.State.TryGetValue(LanguageKey, out var stored) == true ? stored?.ToString() : null;
        var language = ConversationLanguage.Choose(previous, context.Activity.Locale, context.Activity.Text, turn.Language);
        if (instance is not null)
        {
            instance.State[LanguageKey] = language;
        }

        ConversationLanguage.SetCurrent(context, language);
    }
}
