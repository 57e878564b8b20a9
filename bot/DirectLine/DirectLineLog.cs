namespace SupportBot.Bot.DirectLine;

/// <summary>The channel's log messages (ids 6xxx), as source-generated templates.</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(6001, LogLevel.Information, "Direct Line conversation {ConversationId} started")]
    public static partial void ConversationStarted(ILogger logger, string conversationId);

    [LoggerMessage(6002, LogLevel.Debug, "Bot {ActivityType} logged in {ConversationId} at {Sequence}")]
    public static partial void BotActivityLogged(ILogger logger, string? activityType, string conversationId, long sequence);

    [LoggerMessage(6003, LogLevel.Information, "Direct Line request refused with {StatusCode}: {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(6004, LogLevel.Debug, "Stream for {ConversationId} closed after {Frames} frames")]
    public static partial void StreamClosed(ILogger logger, string conversationId, int frames);

    [LoggerMessage(6005, LogLevel.Warning, "Stream for {ConversationId} failed")]
    public static partial void StreamFailed(ILogger logger, string conversationId, Exception exception);

    [LoggerMessage(6006, LogLevel.Information, "Listening for other instances' appends on PostgreSQL (connect {Connects})")]
    public static partial void ListenerConnected(ILogger logger, int connects);

    [LoggerMessage(6007, LogLevel.Warning, "Listening connection lost; streams poll until it is back, next try in {Delay}")]
    public static partial void ListenerDropped(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(6008, LogLevel.Information, "Recovery at start: {Unanswered} of {Accepted} customer activities accepted in the last {Minutes} minutes were not answered; answering them")]
    public static partial void Recovering(ILogger logger, int unanswered, int accepted, int minutes);

    [LoggerMessage(6009, LogLevel.Warning, "Recovery could not answer activity {ActivityId} of {ConversationId}")]
    public static partial void RecoveryFailed(ILogger logger, string? activityId, string conversationId, Exception exception);
}
