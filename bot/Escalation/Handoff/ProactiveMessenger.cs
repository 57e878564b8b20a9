using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Turns;

namespace SupportBot.Bot.Escalation.Handoff;

/// <summary>
/// Runs a proactive turn in a ticket's conversation from its stored ConversationReference: Direct Line customers get
/// it through the channel's log and stream, the Emulator and Azure channels through their serviceUrl.
/// </summary>
public sealed class ProactiveMessenger
{
    private readonly ProactiveTurns _turns;
    private readonly IEscalationStore _store;
    private readonly HandoffAccessor _accessors;

    public ProactiveMessenger(ProactiveTurns turns, IEscalationStore store, HandoffAccessor accessors)
    {
        _turns = turns;
        _store = store;
        _accessors = accessors;
    }

    /// <summary>
    /// Hands the ticket's conversation back to the bot: the customer's next message is the bot's again, they are told
    /// <paramref name="text"/>, then <paramref name="after"/> runs in the same turn (a survey), and the state is saved.
    /// </summary>
    public Task HandBackAsync(long ticketNumber, string text, BotCallbackHandler? after, CancellationToken cancellationToken) =>
        ContinueAsync(
            ticketNumber,
            async (turn, ct) =>
            {
                await _accessors.Handoff.DeleteAsync(turn, ct);
                await turn.SendActivityAsync(MessageFactory.Text(text), ct);
                if (after is not null)
                {
                    await after(turn, ct);
                }

                await _accessors.ConversationState.SaveChangesAsync(turn, force: false, ct);
            },
            cancellationToken);

    public async Task ContinueAsync(long ticketNumber, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var json = await _store.GetReferenceAsync(ticketNumber, cancellationToken)
            ?? throw new InvalidOperationException($"Ticket {ticketNumber} has no conversation reference.");
        var reference = JsonConvert.DeserializeObject<ConversationReference>(json)
            ?? throw new InvalidOperationException($"Ticket {ticketNumber} has an unreadable conversation reference.");
        BotCallbackHandler unanswered = (turn, ct) =>
        {
            // These messages answer nothing the customer sent: Web Chat holds a reply to an unknown activity id back.
            turn.OnSendActivities(async (_, activities, next) =>
            {
                activities.ForEach(a => a.ReplyToId = null);
                return await next();
            });
            return callback(turn, ct);
        };
        await _turns.ContinueAsync(reference, unanswered, cancellationToken);
    }
}
