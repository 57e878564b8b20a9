using Azure.Core;

namespace SupportBot.Dialogs.Recognition.Clu;

/// <summary>Azure.Core's client options for the CLU pipeline: per-try network time-out, no telemetry header.</summary>
internal sealed class CluClientOptions : ClientOptions
{
    public CluClientOptions(CluOptions options)
    {
        Retry.MaxRetries = options.MaxRetries;
        Retry.Mode = RetryMode.Exponential;
        Retry.Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds);
        Retry.MaxDelay = TimeSpan.FromMilliseconds(options.MaxRetryDelayMilliseconds);
        Retry.NetworkTimeout = options.Timeout;
        Diagnostics.IsTelemetryEnabled = false;
        Diagnostics.IsLoggingContentEnabled = false;
    }
}
