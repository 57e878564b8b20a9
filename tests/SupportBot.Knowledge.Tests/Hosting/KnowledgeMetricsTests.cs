using System.Diagnostics.Metrics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SupportBot.Knowledge.Tests.TestSupport;

namespace SupportBot.Knowledge.Tests.Hosting;

public sealed class KnowledgeMetricsTests : IDisposable
{
    private readonly TempKnowledge _temp = new();
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());

    [Fact]
    public void Each_reload_is_counted_by_result_unchanged_partial_failed_and_loaded()
    {
        using var kb = new ReloadingKnowledgeBase(
            Options.Create(new KnowledgeOptions { Directory = _temp.ContentDirectory, WatchForChanges = false }),
            _cache,
            new KnowledgeHealth(),
            NullLogger<ReloadingKnowledgeBase>.Instance);
        var results = new List<string?>();
        var thread = Environment.CurrentManagedThreadId;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == KnowledgeMetrics.MeterName && instrument.Name == "supportbot.knowledge.reloads")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        // Reload runs on the caller's thread: other tests' reloads on other threads are not this test's.
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            if (Environment.CurrentManagedThreadId == thread)
            {
                results.Add(tags.ToArray().Single(t => t.Key == "result").Value?.ToString());
            }
        });
        listener.Start();

        kb.Reload();
        _temp.Replace("refund-timing.yaml", "    overdue_after_days: 7", "    overdue_after_days: -7");
        kb.Reload();
        // A file with no last good version (new, and broken) cannot be held back: the whole reload fails.
        File.WriteAllText(Path.Combine(_temp.ContentDirectory, "notes.yaml"), "version: 1\n");
        kb.Reload();
        File.Delete(Path.Combine(_temp.ContentDirectory, "notes.yaml"));
        _temp.Replace("refund-timing.yaml", "    overdue_after_days: -7", "    overdue_after_days: 8");
        kb.Reload();

        Assert.Equal(["unchanged", "partial", "failed", "loaded"], results);
    }

    public void Dispose()
    {
        _cache.Dispose();
        _temp.Dispose();
    }
}
