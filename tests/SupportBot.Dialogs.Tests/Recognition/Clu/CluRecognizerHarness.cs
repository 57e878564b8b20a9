using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Understanding;
using SupportBot.Understanding.Clu;
using SupportBot.Dialogs.Tests.Recognition;

namespace SupportBot.Dialogs.Tests.Recognition.Clu;

/// <summary>A CLU recognizer over the real offline recognizer and knowledge, pointed at a fake CLU server.</summary>
internal sealed class CluRecognizerHarness : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly TestAdapter _adapter = new(Channels.Emulator);

    public CluRecognizerHarness(string endpoint, Action<CluOptions>? configure = null)
    {
        Options = CluTestOptions.For(endpoint, configure);
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = _services.GetRequiredService<IMeterFactory>();
        Metrics = new MetricRecorder(meterFactory);
        var metrics = new CluMetrics(meterFactory);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Breaker = new CluCircuitBreaker(options, Time, metrics, new RecordingLogger<CluCircuitBreaker>(Logs));
        Recognizer = new CluRecognizer(
            new CluClient(options),
            new OfflineRecognizer(RepositoryKnowledge.Instance, Time),
            Breaker,
            Cache,
            options,
            metrics,
            Time,
            new RecordingLogger<CluRecognizer>(Logs));
    }

    public CluOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero));

    public MemoryCache Cache { get; } = new(new MemoryCacheOptions());

    public CluCircuitBreaker Breaker { get; }

    public CluRecognizer Recognizer { get; }

    public MetricRecorder Metrics { get; }

    public ConcurrentQueue<LogEntry> Logs { get; } = new();

    /// <summary>Recognizes one message; returns the result and the trace activities the turn sent.</summary>
    public async Task<(RecognizerResult Result, IReadOnlyList<Activity> Traces)> RecognizeAsync(string text, string locale = "ja-JP")
    {
        var activity = _adapter.MakeActivity(text);
        activity.Locale = locale;
        using var turn = new TurnContext(_adapter, activity);
        var traces = new List<Activity>();
        turn.OnSendActivities((_, activities, next) =>
        {
            traces.AddRange(activities.Where(a => a.Type == ActivityTypes.Trace));
            return next();
        });
        var result = await Recognizer.RecognizeAsync(turn, CancellationToken.None);
        return (result, traces);
    }

    public void Dispose()
    {
        Metrics.Dispose();
        Cache.Dispose();
        _services.Dispose();
    }
}
