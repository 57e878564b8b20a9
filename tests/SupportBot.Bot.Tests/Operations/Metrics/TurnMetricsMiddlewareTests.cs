using System.Diagnostics.Metrics;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Operations.Metrics;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Understanding;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Tests.Operations.Metrics;

public sealed class TurnMetricsMiddlewareTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task A_turn_is_counted_with_its_duration_and_the_markers_of_what_the_bot_sent()
    {
        using var turns = new MetricCollector<long>(Meters, SupportBotMeters.Turns, "supportbot.turns");
        using var durations = new MetricCollector<double>(Meters, SupportBotMeters.Turns, "supportbot.turn.duration");
        using var outcomes = new MetricCollector<long>(Meters, SupportBotMeters.Dialogs, "supportbot.outcomes");
        using var notUnderstood = new MetricCollector<long>(Meters, SupportBotMeters.Dialogs, "supportbot.not_understood");
        using var solved = new MetricCollector<long>(Meters, SupportBotMeters.Dialogs, "supportbot.solved");
        using var intents = new MetricCollector<long>(Meters, SupportBotMeters.Recognition, "supportbot.recognizer.intents");
        using var fallbacks = new MetricCollector<long>(Meters, SupportBotMeters.Recognition, "supportbot.recognizer.fallbacks");
        var time = new FakeTimeProvider();
        var adapter = new TestAdapter(Channels.Webchat).Use(new TurnMetricsMiddleware(new TurnMetrics(Meters), new DialogMetrics(Meters), new RecognitionMetrics(Meters), time));

        await adapter.ProcessActivityAsync((Activity)MessageFactory.Text("キャンセルしたい"), async (turn, cancellationToken) =>
        {
            time.Advance(TimeSpan.FromMilliseconds(1250));
            var recognized = new RecognizerResult { Intents = { ["CancelOrder"] = new IntentScore { Score = 0.9 }, ["None"] = new IntentScore { Score = 0.1 } } };
            recognized.Properties["recognizer"] = "offline";
            recognized.Properties["cluFallback"] = "timeout";
            await turn.SendActivityAsync(Activity.CreateTraceActivity("r", OfflineRecognizer.TraceValueType, recognized), cancellationToken);
            var answer = MessageFactory.Text("answer");
            answer.Entities = [OutcomeEntities.Outcome(Outcome.Cancel, "not-shipped-store", "v1"), OutcomeEntities.Step("CancellationDialog", MessageKeys.CommonDidThatSolve.Name)];
            await turn.SendActivityAsync(answer, cancellationToken);
            var retry = MessageFactory.Text("again?");
            retry.Entities = [OutcomeEntities.NotUnderstood("MainDialog")];
            await turn.SendActivityAsync(retry, cancellationToken);
            await turn.SendActivityAsync(OutcomeEntities.SolvedTrace(false), cancellationToken);
        });

        var turn = Assert.Single(turns.GetMeasurementSnapshot());
        Assert.Equal(("webchat", "message", "ok"), (turn.Tags["channel"], turn.Tags["activity_type"], turn.Tags["result"]));
        Assert.Equal(1.25, Assert.Single(durations.GetMeasurementSnapshot()).Value, precision: 6);
        var outcome = Assert.Single(outcomes.GetMeasurementSnapshot());
        Assert.Equal(("not-shipped-store", "cancel"), (outcome.Tags["rule"], outcome.Tags["outcome"]));
        Assert.Equal("MainDialog", Assert.Single(notUnderstood.GetMeasurementSnapshot()).Tags["dialog"]);
        Assert.Equal("no", Assert.Single(solved.GetMeasurementSnapshot()).Tags["answer"]);
        var intent = Assert.Single(intents.GetMeasurementSnapshot());
        Assert.Equal(("CancelOrder", "offline"), (intent.Tags["intent"], intent.Tags["recognizer"]));
        Assert.Equal("timeout", Assert.Single(fallbacks.GetMeasurementSnapshot()).Tags["reason"]);
    }

    [Fact]
    public async Task A_turn_that_throws_is_counted_as_failed()
    {
        using var turns = new MetricCollector<long>(Meters, SupportBotMeters.Turns, "supportbot.turns");
        var middleware = new TurnMetricsMiddleware(new TurnMetrics(Meters), new DialogMetrics(Meters), new RecognitionMetrics(Meters));
        using var context = new TurnContext(new TestAdapter(), MessageFactory.Text("x") as Activity);
        context.Activity.ChannelId = Channels.Emulator;

        await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.OnTurnAsync(context, _ => throw new InvalidOperationException("boom")));

        Assert.Equal("failed", Assert.Single(turns.GetMeasurementSnapshot()).Tags["result"]);
    }
}
