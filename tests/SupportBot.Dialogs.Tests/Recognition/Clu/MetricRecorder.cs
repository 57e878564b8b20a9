using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace SupportBot.Dialogs.Tests.Recognition.Clu;

/// <summary>Listens to the counters of one meter factory's "SupportBot.Recognition" meter (tests run in parallel).</summary>
internal sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)> _measurements = new();

    public MetricRecorder(IMeterFactory factory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SupportBot.Understanding.Clu.CluMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
            _measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _listener.Start();
    }

    /// <summary>The sum of a counter for measurements whose tag has the given value.</summary>
    public long Sum(string instrument, string tag, string value) =>
        _measurements.Where(m => m.Instrument == instrument && Equals(m.Tags.GetValueOrDefault(tag), value)).Sum(m => m.Value);

    /// <summary>The values of one tag, in the order they were recorded.</summary>
    public IReadOnlyList<string?> Tags(string instrument, string tag) =>
        _measurements.Where(m => m.Instrument == instrument).Select(m => m.Tags.GetValueOrDefault(tag) as string).ToList();

    /// <summary>Polls the observable instruments and returns the last value of <paramref name="instrument"/>.</summary>
    public long Observe(string instrument)
    {
        _listener.RecordObservableInstruments();
        return _measurements.Last(m => m.Instrument == instrument).Value;
    }

    public void Dispose() => _listener.Dispose();
}
