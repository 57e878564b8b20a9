using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.Escalation.Handoff;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Turns;
using SupportBot.Dialogs;
using SupportBot.Dialogs.Engine;
using SupportBot.Understanding.Language;
using SupportBot.Dialogs.Welcome;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Handler;

/// <summary>
/// The bot: greets new members, runs <see cref="MainDialog"/> on every message (or, while a person has the
/// conversation, passes it to the ticket), and saves the conversation state at the end of each turn that succeeded.
/// </summary>
public sealed class SupportActivityHandler : ActivityHandler
{
    private readonly ConversationAccessors _accessors;
    private readonly MainDialog _mainDialog;
    private readonly WelcomeMessageFactory _welcome;
    private readonly CustomerRelay _relay;
    private readonly IKnowledgeBase _knowledge;
    private readonly int _maxTextLength;
    private readonly BotHostOptions _host;

    public SupportActivityHandler(
        ConversationAccessors accessors,
        MainDialog mainDialog,
        WelcomeMessageFactory welcome,
        CustomerRelay relay,
        IKnowledgeBase knowledge,
        IOptions<BotHostOptions> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _accessors = accessors;
        _mainDialog = mainDialog;
        _welcome = welcome;
        _relay = relay;
        _knowledge = knowledge;
        _maxTextLength = limits.Value.MaxMessageTextLength;
        _host = limits.Value;
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);

        if (await _accessors.FailedTurns.GetAsync(turnContext, () => 0, cancellationToken) > 0)
        {
            await _accessors.FailedTurns.DeleteAsync(turnContext, cancellationToken);
        }

        await _accessors.ConversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // Longer than the bot reads: said plainly, in the message's language, instead of a bare 413 the page would
        // swallow. Checked before the relay too, so a ticket never holds more than the bot would have read.
        if (turnContext.Activity.Text is { } text && text.Length > _maxTextLength)
        {
            var language = ConversationLanguage.Detect(text) ?? ConversationLanguage.FromLocale(turnContext.Activity.Locale);
            var reply = _knowledge.Current.Text(MessageKeys.MessageTooLong, language, ("limit", _maxTextLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
            await turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken);
            return;
        }

        if (await _relay.TryRelayAsync(turnContext, cancellationToken))
        {
            return;
        }

        await _mainDialog.RunAsync(turnContext, _accessors.DialogState, cancellationToken);
    }

    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // Only an agent hub's channel may report "accepted" or "completed"; a customer's channel never.
        return turnContext.Activity.Name == HandoffEventNames.HandoffStatus
            && _host.IsHubChannel(turnContext.Activity.ChannelId)
            ? _relay.OnHandoffStatusAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var member in membersAdded)
        {
            if (member.Id != turnContext.Activity.Recipient?.Id)
            {
                await turnContext.SendActivityAsync(_welcome.Create((Activity)turnContext.Activity), cancellationToken);
            }
        }
    }
}
