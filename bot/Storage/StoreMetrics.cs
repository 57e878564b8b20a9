using System.Diagnostics.Metrics;

namespace SupportBot.Bot.Storage;

/// <summary>The "SupportBot.Storage" meter: store operations that failed, by operation.</summary>
public sealed class StoreMetrics
{
    public const string MeterName = "SupportBot.Storage";

    private readonly Counter<long> _errors;

    public StoreMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _errors = meterFactory.Create(MeterName).CreateCounter<long>(
            "supportbot.store.errors", "{error}", "Store operations that failed, by operation (transcript_write, state_read, housekeeping).");
    }

    public void Failed(string operation) => _errors.Add(1, new KeyValuePair<string, object?>("operation", operation));
}
