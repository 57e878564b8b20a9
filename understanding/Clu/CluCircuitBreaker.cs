using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;

namespace SupportBot.Understanding.Clu;

/// <summary>
/// Keeps an outage from slowing every turn: Polly's circuit breaker around the whole CLU call (its retries
/// included). When at least <see cref="CluCircuitBreakerOptions.FailuresBeforeOpen"/> calls within
/// <see cref="CluCircuitBreakerOptions.OpenSeconds"/> all failed, CLU is skipped for OpenSeconds; then one probe call
/// is let through, and its result closes or reopens the circuit. A call the turn itself cancelled counts as no failure.
/// </summary>
public sealed class CluCircuitBreaker
{
    private readonly ResiliencePipeline _pipeline;
    private readonly CircuitBreakerStateProvider _state = new();
    private readonly CluMetrics _metrics;
    private readonly ILogger<CluCircuitBreaker> _logger;
    private readonly int _openSeconds;
    private CluCircuitState _last = CluCircuitState.Closed;

    public CluCircuitBreaker(IOptions<CluOptions> options, TimeProvider timeProvider, CluMetrics metrics, ILogger<CluCircuitBreaker> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var breaker = options.Value.CircuitBreaker;
        _metrics = metrics;
        _logger = logger;
        _openSeconds = breaker.OpenSeconds;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 1.0,
                // Polly needs two calls at least to judge a ratio.
                MinimumThroughput = Math.Max(2, breaker.FailuresBeforeOpen),
                SamplingDuration = TimeSpan.FromSeconds(Math.Max(1, breaker.OpenSeconds)),
                BreakDuration = TimeSpan.FromSeconds(breaker.OpenSeconds),
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
                StateProvider = _state,
                OnOpened = _ => Changed(CluCircuitState.Open),
                OnHalfOpened = _ => Changed(CluCircuitState.HalfOpen),
                OnClosed = _ => Changed(CluCircuitState.Closed),
            })
            .Build();
        _metrics.ObserveCircuit(() => State);
    }

    public CluCircuitState State => _state.CircuitState switch
    {
        CircuitState.Open or CircuitState.Isolated => CluCircuitState.Open,
        CircuitState.HalfOpen => CluCircuitState.HalfOpen,
        _ => CluCircuitState.Closed,
    };

    /// <summary>Runs the call unless the circuit is open (then <see cref="BrokenCircuitException"/>), and counts its result.</summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(async token => await call(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private ValueTask Changed(CluCircuitState state)
    {
        var from = _last;
        _last = state;
        _metrics.CircuitChanged(state);
        CluLog.CircuitChanged(_logger, from, state, _openSeconds);
        return ValueTask.CompletedTask;
    }
}
