using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Dialogs.Recognition.Clu;

/// <summary>
/// Keeps an outage from slowing every turn: after N consecutive failed calls CLU is skipped for OpenSeconds,
/// then a single probe call is let through; its success closes the circuit, its failure opens it again.
/// </summary>
public sealed class CluCircuitBreaker
{
    private readonly object _gate = new();
    private readonly CluCircuitBreakerOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly CluMetrics _metrics;
    private readonly ILogger<CluCircuitBreaker> _logger;
    private int _consecutiveFailures;
    private DateTimeOffset _openUntil;
    private bool _probeInFlight;

    public CluCircuitBreaker(IOptions<CluOptions> options, TimeProvider timeProvider, CluMetrics metrics, ILogger<CluCircuitBreaker> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.CircuitBreaker;
        _timeProvider = timeProvider;
        _metrics = metrics;
        _logger = logger;
        _metrics.ObserveCircuit(() => State);
    }

    public CluCircuitState State { get; private set; } = CluCircuitState.Closed;

    /// <summary>Whether this turn may call CLU; when it returns true the caller must report the call's result.</summary>
    public bool TryEnter()
    {
        lock (_gate)
        {
            switch (State)
            {
                case CluCircuitState.Closed:
                    return true;
                case CluCircuitState.Open when _timeProvider.GetUtcNow() >= _openUntil:
                    MoveTo(CluCircuitState.HalfOpen);
                    _probeInFlight = true;
                    return true;
                case CluCircuitState.HalfOpen when !_probeInFlight:
                    _probeInFlight = true;
                    return true;
                default:
                    return false;
            }
        }
    }

    public void RecordSuccess()
    {
        lock (_gate)
        {
            _consecutiveFailures = 0;
            _probeInFlight = false;
            if (State != CluCircuitState.Closed)
            {
                MoveTo(CluCircuitState.Closed);
            }
        }
    }

    public void RecordFailure()
    {
        lock (_gate)
        {
            _consecutiveFailures++;
            _probeInFlight = false;
            if (State == CluCircuitState.HalfOpen
                || (State == CluCircuitState.Closed && _consecutiveFailures >= _options.FailuresBeforeOpen))
            {
                _openUntil = _timeProvider.GetUtcNow() + TimeSpan.FromSeconds(_options.OpenSeconds);
                MoveTo(CluCircuitState.Open);
            }
        }
    }

    /// <summary>The call was abandoned (the turn was cancelled): it says nothing about CLU, so free the probe.</summary>
    public void RecordAbandoned()
    {
        lock (_gate)
        {
            _probeInFlight = false;
        }
    }

    private void MoveTo(CluCircuitState state)
    {
        var from = State;
        State = state;
        _metrics.CircuitChanged(state);
        CluLog.CircuitChanged(_logger, from, state, _consecutiveFailures, _options.OpenSeconds);
    }
}
