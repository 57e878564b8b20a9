using Polly;
using Polly.Retry;
using SupportBot.Bot.DirectLine.Log;
using Microsoft.Extensions.Options;
using Npgsql;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.DirectLine.Notifications;

/// <summary>
/// On PostgreSQL, holds one dedicated connection that LISTENs on <see cref="Channel"/>, where every instance's append
/// announces its conversation id (Log/SqlDirectLineActivityLog), and wakes this instance's streams of that
/// conversation at once. When the connection drops, streams fall back to polling
/// (<see cref="DirectLineOptions.StreamPollMilliseconds"/>) while this reconnects with backoff; each change of state
/// wakes every waiting stream, so an append missed meanwhile is read.
/// </summary>
public sealed class PostgresAppendListener : BackgroundService
{
    /// <summary>The NOTIFY channel; the payload is the conversation id.</summary>
    public const string Channel = SqlDirectLineActivityLog.NotifyChannel;

    /// <summary>What pg_stat_activity shows for the listening connection.</summary>
    public const string ApplicationName = "supportbot-directline-listener";

    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    private readonly string _connectionString;
    private readonly ActivitySignal _signal;
    private readonly AppendListenerStatus _status;
    private readonly TimeProvider _clock;
    private readonly ILogger<PostgresAppendListener> _logger;

    public PostgresAppendListener(
        IOptions<StorageOptions> storage, ActivitySignal signal, AppendListenerStatus status, TimeProvider clock, ILogger<PostgresAppendListener> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        // Unpooled, so the LISTEN lives and dies with this one server session; keepalives notice a silently dead peer.
        _connectionString = new NpgsqlConnectionStringBuilder(storage.Value.PostgresConnectionString)
        {
            ApplicationName = ApplicationName,
            Pooling = false,
            KeepAlive = 30,
        }.ToString();
        _signal = signal;
        _status = status;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The wait before reconnect attempt <paramref name="failures"/> (1, 2, …): doubling from 1 s up to 30 s.</summary>
    public static TimeSpan RetryDelay(int failures)
    {
        var doubled = FirstRetryDelay * Math.Pow(2, Math.Clamp(failures - 1, 0, 16));
        return doubled < MaxRetryDelay ? doubled : MaxRetryDelay;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        // Polly's retry drives the reconnects, forever, on the injected clock; the wait doubles per failure since the
        // last good connect (RetryDelay), so a listener that ran for days starts again from 1 s.
        var reconnect = new ResiliencePipelineBuilder { TimeProvider = _clock }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException || !stoppingToken.IsCancellationRequested),
                DelayGenerator = _ => ValueTask.FromResult<TimeSpan?>(RetryDelay(++failures)),
                OnRetry = args =>
                {
                    // A stream parked on the long safety poll must go back to the short poll now, not at its next wake-up.
                    _status.Dropped();
                    _signal.AppendedToAll();
                    DirectLineLog.ListenerDropped(_logger, args.RetryDelay, args.Outcome.Exception!);
                    return default;
                },
            })
            .Build();
        try
        {
            await reconnect.ExecuteAsync(async token => await ListenAsync(token), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // One session, from connect to the exception that ends it.
        async Task ListenAsync(CancellationToken cancellationToken)
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            connection.Notification += OnNotification;
            await connection.OpenAsync(cancellationToken);
            await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
            {
                await listen.ExecuteNonQueryAsync(cancellationToken);
            }

            failures = 0;
            _status.Connected();
            // Appends announced while nobody listened (before the first connect, or during the gap) were missed.
            _signal.AppendedToAll();
            DirectLineLog.ListenerConnected(_logger, _status.Connects);
            while (true)
            {
                await connection.WaitAsync(cancellationToken);
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        _status.Notified();
        _signal.Appended(e.Payload);
    }
}
