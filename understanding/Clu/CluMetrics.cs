using System.Diagnostics.Metrics;

namespace SupportBot.Understanding.Clu;

/// <summary>
/// The "SupportBot.Recognition" meter: CLU calls by outcome, fallbacks to the offline recognizer by reason,
/// circuit-breaker state changes and call durations.
/// </summary>
public sealed class CluMetrics
{
    public const string MeterName = "SupportBot.Recognition";

    private readonly Counter<long> _calls;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _circuitChanges;
    private readonly Histogram<double> _duration;
    private readonly Meter _meter;

    public CluMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(MeterName);
        _calls = _meter.CreateCounter<long>("clu.calls", "{call}", "CLU calls by outcome (success, cache_hit, or the failure).");
        _fallbacks = _meter.CreateCounter<long>("clu.fallbacks", "{turn}", "Turns recognized offline instead of by CLU, by reason.");
        _circuitChanges = _meter.CreateCounter<long>("clu.circuit.state_changes", "{change}", "Circuit-breaker state changes, by the new state.");
        _duration = _meter.CreateHistogram<double>("clu.call.duration", "ms", "Time of CLU calls, retries included.");
    }

    public void Called(string outcome, TimeSpan? elapsed = null)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        _calls.Add(1, tag);
        if (elapsed is { } time)
        {
            _duration.Record(time.TotalMilliseconds, tag);
        }
    }

    public void FellBack(string reason) => _fallbacks.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>A gauge of the circuit's state now: 0 closed, 1 open, 2 half-open.</summary>
    public void ObserveCircuit(Func<CluCircuitState> state) =>
        _meter.CreateObservableGauge("clu.circuit.state", () => (int)state(), "{state}", "CLU circuit state: 0 closed, 1 open, 2 half-open.");

    public void CircuitChanged(CluCircuitState state) =>
        _circuitChanges.Add(1, new KeyValuePair<string, object?>("state", CluReasons.Of(state)));
}
