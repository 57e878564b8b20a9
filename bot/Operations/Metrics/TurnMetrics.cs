using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SupportBot.Bot.Operations.Metrics;

/// <summary>The "SupportBot.Turns" meter: turns by channel and activity type, and how long they took.</summary>
public sealed class TurnMetrics
{
    // Seconds: a turn is tens of milliseconds, an order-system call or a slow store seconds.
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _duration;

    public TurnMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(SupportBotMeters.Turns);
        _turns = meter.CreateCounter<long>("supportbot.turns", "{turn}", "Turns the bot ran, by channel and activity type.");
        _duration = meter.CreateHistogram<double>(
            "supportbot.turn.duration",
            "s",
            "Time from receiving an activity to the end of its turn (replies sent, state and transcript saved).",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
    }

    public void Turn(string channel, string activityType, TimeSpan elapsed, bool failed)
    {
        var tags = new TagList
        {
            { "channel", channel },
            { "activity_type", activityType },
            { "result", failed ? "failed" : "ok" },
        };
        _turns.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }
}
