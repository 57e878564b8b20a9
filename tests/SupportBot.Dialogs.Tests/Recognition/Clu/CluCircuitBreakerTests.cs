using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Dialogs.Recognition.Clu;

namespace SupportBot.Dialogs.Tests.Recognition.Clu;

public sealed class CluCircuitBreakerTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeTimeProvider _time = new();
    private readonly CluCircuitBreaker _breaker;

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
    public void Stays_closed_until_FailuresBeforeOpen_consecutive_failures()
    {
        Fail(2);
        Assert.Equal(CluCircuitState.Closed, _breaker.State);
        Assert.True(_breaker.TryEnter());

        Fail(1);
        Assert.Equal(CluCircuitState.Open, _breaker.State);
        Assert.False(_breaker.TryEnter());
    }

    [Fact]
    public void A_success_resets_the_count_of_consecutive_failures()
    {
        Fail(2);
        Assert.True(_breaker.TryEnter());
        _breaker.RecordSuccess();
        Fail(2);

        Assert.Equal(CluCircuitState.Closed, _breaker.State);
    }

    [Fact]
    public void Lets_exactly_one_probe_through_after_OpenSeconds()
    {
        Fail(3);
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(_breaker.TryEnter());

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(_breaker.TryEnter());
        Assert.Equal(CluCircuitState.HalfOpen, _breaker.State);
        Assert.False(_breaker.TryEnter());
    }

    [Fact]
    public void A_failed_probe_opens_the_circuit_for_another_OpenSeconds()
    {
        Fail(3);
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.True(_breaker.TryEnter());
        _breaker.RecordFailure();

        Assert.Equal(CluCircuitState.Open, _breaker.State);
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(_breaker.TryEnter());
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(_breaker.TryEnter());
    }

    [Fact]
    public void A_successful_probe_closes_the_circuit()
    {
        Fail(3);
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.True(_breaker.TryEnter());
        _breaker.RecordSuccess();

        Assert.Equal(CluCircuitState.Closed, _breaker.State);
        Assert.True(_breaker.TryEnter());
        Assert.True(_breaker.TryEnter());
    }

    [Fact]
    public void An_abandoned_probe_lets_the_next_turn_probe()
    {
        Fail(3);
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.True(_breaker.TryEnter());
        _breaker.RecordAbandoned();

        Assert.Equal(CluCircuitState.HalfOpen, _breaker.State);
        Assert.True(_breaker.TryEnter());
    }

    private void Fail(int times)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.True(_breaker.TryEnter());
            _breaker.RecordFailure();
        }
    }

    public void Dispose() => _services.Dispose();
}
