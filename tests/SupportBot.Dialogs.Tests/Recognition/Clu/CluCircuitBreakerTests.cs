using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using SupportBot.Understanding.Clu;
using SupportBot.Testing.Time;

namespace SupportBot.Dialogs.Tests.Recognition.Clu;

/// <summary>The breaker's behaviour on the fake clock: Polly's circuit breaker as CluCircuitBreaker configures it.</summary>
public sealed class CluCircuitBreakerTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeTimeProvider _time = new();
    private readonly CluCircuitBreaker _breaker;
    private int _calls;

    public CluCircuitBreakerTests()
    {
        var options = Options.Create(new CluOptions { CircuitBreaker = { FailuresBeforeOpen = 3, OpenSeconds = 30 } });
        _breaker = new CluCircuitBreaker(
            options,
            _time,
            new CluMetrics(_services.GetRequiredService<IMeterFactory>()),
            new RecordingLogger<CluCircuitBreaker>(new ConcurrentQueue<LogEntry>()));
    }

    [Fact]
    public async Task Stays_closed_until_FailuresBeforeOpen_failed_calls_then_skips_CLU()
    {
        await FailAsync(2);
        Assert.Equal(CluCircuitState.Closed, _breaker.State);

        await FailAsync(1);
        Assert.Equal(CluCircuitState.Open, _breaker.State);
        await Assert.ThrowsAsync<BrokenCircuitException>(SucceedAsync);
        Assert.Equal(3, _calls);
    }

    [Fact]
    public async Task A_success_among_the_failures_keeps_it_closed()
    {
        await FailAsync(2);
        await SucceedAsync();
        await FailAsync(2);

        Assert.Equal(CluCircuitState.Closed, _breaker.State);
    }

    [Fact]
    public async Task Lets_exactly_one_probe_through_after_OpenSeconds_and_a_good_probe_closes_it()
    {
        await FailAsync(3);
        _time.Advance(TimeSpan.FromSeconds(29));
        await Assert.ThrowsAsync<BrokenCircuitException>(SucceedAsync);

        _time.Advance(TimeSpan.FromSeconds(1));
        var answer = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var probe = _breaker.ExecuteAsync(_ => answer.Task, CancellationToken.None);
        Assert.Equal(CluCircuitState.HalfOpen, _breaker.State);
        await Assert.ThrowsAsync<BrokenCircuitException>(SucceedAsync);

        answer.SetResult(1);
        await probe.WaitAsync(Patience.Hang);
        Assert.Equal(CluCircuitState.Closed, _breaker.State);
        await SucceedAsync();
    }

    [Fact]
    public async Task A_failed_probe_opens_the_circuit_for_another_OpenSeconds()
    {
        await FailAsync(3);
        _time.Advance(TimeSpan.FromSeconds(30));
        await FailAsync(1);

        Assert.Equal(CluCircuitState.Open, _breaker.State);
        _time.Advance(TimeSpan.FromSeconds(29));
        await Assert.ThrowsAsync<BrokenCircuitException>(SucceedAsync);
        _time.Advance(TimeSpan.FromSeconds(1));
        await SucceedAsync();
    }

    [Fact]
    public async Task A_call_the_turn_cancelled_is_no_failure()
    {
        await FailAsync(2);
        using var turn = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _breaker.ExecuteAsync<int>(
            async token =>
            {
                await turn.CancelAsync();
                token.ThrowIfCancellationRequested();
                return 0;
            },
            turn.Token));

        // A third failure would have opened it.
        Assert.Equal(CluCircuitState.Closed, _breaker.State);
        await SucceedAsync();
    }

    private async Task FailAsync(int times)
    {
        for (var i = 0; i < times; i++)
        {
            await Assert.ThrowsAsync<CluException>(() => _breaker.ExecuteAsync<int>(
                _ =>
                {
                    _calls++;
                    throw new CluException(CluFailure.ServerError, 503, null, "down");
                },
                CancellationToken.None));
        }
    }

    private Task<int> SucceedAsync() => _breaker.ExecuteAsync(_ => Task.FromResult(++_calls), CancellationToken.None);

    public void Dispose() => _services.Dispose();
}
