using Azure.Core;

namespace SupportBot.Understanding.Clu;

/// <summary>Azure.Core's client options for the CLU transport: one try (retries are Polly's, <see cref="CluResilience"/>), no telemetry header.</summary>
internal sealed class CluClientOptions : ClientOptions
{
    public CluClientOptions(CluOptions options)
    {
        Retry.MaxRetries = 0;
        Retry.NetworkTimeout = options.Timeout;
        Diagnostics.IsTelemetryEnabled = false;
        Diagnostics.IsLoggingContentEnabled = false;
    }
}
