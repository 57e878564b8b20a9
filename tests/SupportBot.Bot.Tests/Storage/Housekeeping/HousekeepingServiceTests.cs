using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Storage.Housekeeping;

namespace SupportBot.Bot.Tests.Storage.Housekeeping;

/// <summary>Every registered retention runs at start and then hourly; one that fails does not stop the others.</summary>
public sealed class HousekeepingServiceTests
{
    [Fact]
    public async Task Tasks_run_at_start_and_each_hour_and_a_failing_one_does_not_stop_the_rest()
    {
        var clock = new FakeTimeProvider();
        using var failing = new RecordingTask("broken", fail: true);
        using var working = new RecordingTask("working", fail: false);
        using var service = new HousekeepingService([failing, working], clock, NullLogger<HousekeepingService>.Instance);

        await service.StartAsync(default);
        await working.WaitForRunsAsync(1);
        clock.Advance(HousekeepingService.Interval - TimeSpan.FromTicks(1));
        var beforeTheHour = working.Runs;
        clock.Advance(TimeSpan.FromTicks(1));
        await working.WaitForRunsAsync(2);
        await service.StopAsync(default);

        Assert.Equal(1, beforeTheHour);
        Assert.Equal(2, failing.Runs);
        Assert.Equal(clock.GetUtcNow(), working.LastNow);
    }

    [Fact]
    public async Task One_pass_reports_each_tasks_count_and_a_failure_as_minus_one()
    {
        using var broken = new RecordingTask("broken", fail: true);
        using var working = new RecordingTask("working", fail: false);
        using var service = new HousekeepingService([broken, working], new FakeTimeProvider(), NullLogger<HousekeepingService>.Instance);

        var counts = await service.RunOnceAsync(default);

        Assert.Equal(new Dictionary<string, int> { ["broken"] = -1, ["working"] = 3 }, counts);
    }

    private sealed class RecordingTask(string name, bool fail) : IHousekeepingTask, IDisposable
    {
        private readonly SemaphoreSlim _ran = new(0);
        private int _runs;

        public string Name => name;

        public int Runs => Volatile.Read(ref _runs);

        public DateTimeOffset LastNow { get; private set; }

        public Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            LastNow = now;
            Interlocked.Increment(ref _runs);
            _ran.Release();
            return fail ? throw new InvalidOperationException("store down") : Task.FromResult(3);
        }

        public void Dispose() => _ran.Dispose();

        public async Task WaitForRunsAsync(int count)
        {
            while (Runs < count)
            {
                Assert.True(await _ran.WaitAsync(SupportBot.Testing.Time.Patience.Hang), $"{name} ran {Runs} times, expected {count}");
            }
        }
    }
}
