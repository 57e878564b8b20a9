using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Turns.Logging;

/// <summary>
/// The logging scope of one turn: ConversationId, ChannelId and ActivityId on every line written while it is open.
/// Opened where a turn enters the adapter and again by the middleware (proactive turns); the inner one is skipped.
/// </summary>
public static class TurnLogScope
{
    private static readonly Func<ILogger, string?, string?, string?, IDisposable?> Scope =
        LoggerMessage.DefineScope<string?, string?, string?>("Conversation {ConversationId} on {ChannelId}, activity {ActivityId}");

    private static readonly AsyncLocal<string?> OpenFor = new();

    public static IDisposable? Begin(ILogger logger, IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        if (conversationId is not null && OpenFor.Value == conversationId)
        {
            return null;
        }

        return new Opened(Scope(logger, conversationId, activity.ChannelId, activity.Id), conversationId);
    }

    private sealed class Opened : IDisposable
    {
        private readonly IDisposable? _scope;
        private readonly string? _previous;

        public Opened(IDisposable? scope, string? conversationId)
        {
            _scope = scope;
            _previous = OpenFor.Value;
            OpenFor.Value = conversationId;
        }

        public void Dispose()
        {
            OpenFor.Value = _previous;
            _scope?.Dispose();
        }
    }
}
