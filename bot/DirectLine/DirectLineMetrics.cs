using System.Diagnostics.Metrics;

namespace SupportBot.Bot.DirectLine;

/// <summary>The "SupportBot.DirectLine" meter: WebSocket streams open now.</summary>
public sealed class DirectLineMetrics
{
    public const string MeterName = "SupportBot.DirectLine";

    private readonly UpDownCounter<long> _connections;

    public DirectLineMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _connections = meterFactory.Create(MeterName).CreateUpDownCounter<long>(
            "supportbot.directline.connections", "{connection}", "Direct Line WebSocket streams open now.");
    }

    public void Opened() => _connections.Add(1);

    public void Closed() => _connections.Add(-1);
}
