using Microsoft.Extensions.Logging;

namespace SupportBot.Understanding.Clu;

/// <summary>The CLU recognizer's log messages, as source-generated templates.</summary>
internal static partial class CluLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning,
        Message = "CLU failed ({Reason}, status {Status}, code {ErrorCode}) after {ElapsedMilliseconds} ms; conversation {ConversationId} recognized offline")]
    public static partial void FellBackAfterFailure(ILogger logger, string reason, int? status, string? errorCode, long elapsedMilliseconds, string? conversationId, Exception exception);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "CLU skipped ({Reason}); conversation {ConversationId} recognized offline")]
    public static partial void FellBack(ILogger logger, string reason, string? conversationId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "CLU circuit {From} -> {To} (it stays open {OpenSeconds} s after failures)")]
    public static partial void CircuitChanged(ILogger logger, CluCircuitState from, CluCircuitState to, int openSeconds);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug,
        Message = "CLU recognized {TopIntent} ({Score}) in {ElapsedMilliseconds} ms, cached {Cached}; conversation {ConversationId}")]
    public static partial void Recognized(ILogger logger, string topIntent, double score, long elapsedMilliseconds, bool cached, string? conversationId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information,
        Message = "CLU recognizer enabled: {RequestUri} project {ProjectName} deployment {DeploymentName}, api-version {ApiVersion}")]
    public static partial void Enabled(ILogger logger, Uri requestUri, string projectName, string deploymentName, string apiVersion);
}
