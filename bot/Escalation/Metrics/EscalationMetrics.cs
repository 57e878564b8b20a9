using System.Diagnostics.Metrics;

namespace SupportBot.Bot.Escalation.Metrics;

/// <summary>
/// Meter "SupportBot.Escalation": escalations by reason, ticket state changes by state, customer withdrawals.
/// The operations issue exports these; <see cref="IEscalationFiguresQuery"/> answers rates over a period.
/// </summary>
public sealed class EscalationMetrics
{
    public const string MeterName = "SupportBot.Escalation";

    private readonly Counter<long> _escalations;
    private readonly Counter<long> _transitions;

    public EscalationMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _escalations = meter.CreateCounter<long>("supportbot.escalations", unit: "{ticket}", description: "Tickets created, by reason.");
        _transitions = meter.CreateCounter<long>("supportbot.escalation.tickets", unit: "{ticket}", description: "Tickets entering a state (queued, assigned, resolved), by state.");
    }

    public void Escalated(string reason)
    {
        _escalations.Add(1, new KeyValuePair<string, object?>("reason", reason));
        Entered("queued", null);
    }

    public void Entered(string state, string? resolution) =>
        _transitions.Add(1, new KeyValuePair<string, object?>("state", state), new KeyValuePair<string, object?>("resolution", resolution));
}
