using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using SupportBot.Understanding;
using SupportBot.Understanding.Clu;
using SupportBot.Testing.Clu;

namespace SupportBot.Dialogs.Tests.Recognition.Clu;

public sealed class CluRecognizerTests
{
    private const string ShippedCancel = "注文番号250-1234567-1234567、もう発送済みです。キャンセルしたい";

    [Fact]
    public async Task RecognizeAsync_takes_intents_and_list_entities_from_CLU_and_the_order_number_from_the_extractor()
    {
        // CLU labels a wrong order-number span and a stage list entity; only the latter may be used.
        var answer = CluAnswers.Conversation(ShippedCancel, SupportIntents.CancelOrder, 0.96, """
            [{"category":"orderNumber","text":"250-1234567","offset":4,"length":11,"confidenceScore":0.7},
             {"category":"stage","text":"発送済み","offset":26,"length":4,"confidenceScore":1,"extraInformation":[{"extraInformationKind":"ListKey","key":"shipped"}]},
             {"category":"seller","text":"ストア","offset":0,"length":1,"confidenceScore":1,"extraInformation":[{"extraInformationKind":"ListKey","key":"not_a_knowledge_id"}]}]
            """);
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.Json(200, answer));
        using var harness = new CluRecognizerHarness(server.Endpoint);

        var (result, _) = await harness.RecognizeAsync(ShippedCancel);

        Assert.Equal("clu", result.Properties["recognizer"]);
        Assert.Equal("ja", result.Properties["language"]);
        Assert.Equal(SupportIntents.CancelOrder, result.GetTopScoringIntent().intent);
        Assert.Equal(0.96, result.GetTopScoringIntent().score, 3);
        Assert.Equal("250-1234567-1234567", (string?)result.Entities[SupportEntities.OrderNumber]);
        Assert.Equal("shipped", (string?)result.Entities[SupportEntities.Stage]);
        Assert.Null(result.Entities[SupportEntities.Seller]);
        Assert.Equal(26, (int)result.Entities["$instance"]![SupportEntities.Stage]!["startIndex"]!);
        Assert.Equal("発送済み", ShippedCancel.Substring(26, 4));
        Assert.IsType<JObject>(result.Properties["clu"]);
    }

    [Fact]
    public async Task RecognizeAsync_sends_a_Clu_Trace_with_the_raw_CLU_answer_for_the_Emulator()
    {
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.Json(200, CluAnswers.CancelShippedJa));
        using var harness = new CluRecognizerHarness(server.Endpoint);

        var (_, traces) = await harness.RecognizeAsync("発送済みの注文をキャンセルしたい");

        var trace = Assert.Single(traces, t => t.Name == "CluRecognizer");
        Assert.Equal(("trace", "Clu Trace"), (trace.Type, trace.Label));
        var value = JObject.FromObject(trace.Value);
        Assert.Equal("CancelOrder", (string?)value["cluResult"]!["topIntent"]);
        Assert.Equal("shipped", (string?)value["cluResult"]!["entities"]![0]!["extraInformation"]![0]!["key"]);
        Assert.Equal("SupportBot", (string?)value["cluModel"]!["projectName"]);
        Assert.NotNull(value["recognizerResult"]);
    }

    [Fact]
    public async Task RecognizeAsync_maps_an_orchestration_answer_through_its_conversation_target()
    {
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.Json(200, CluAnswers.OrchestrationToConversation));
        using var harness = new CluRecognizerHarness(server.Endpoint);

        var (result, _) = await harness.RecognizeAsync("カードで払った返金はいつですか");

        Assert.Equal(SupportIntents.RefundStatus, result.GetTopScoringIntent().intent);
        Assert.Equal("credit_card", (string?)result.Entities[SupportEntities.PaymentMethod]);
    }

    [Fact]
    public async Task RecognizeAsync_reports_None_when_CLU_answers_an_intent_the_bot_does_not_know()
    {
        await using var server = await FakeCluServer.StartAsync(
            CluScriptedResponse.Json(200, CluAnswers.Conversation("天気は？", "Weather", 0.9)));
        using var harness = new CluRecognizerHarness(server.Endpoint);

        var (result, _) = await harness.RecognizeAsync("天気は？");

        Assert.Equal(SupportIntents.None, result.GetTopScoringIntent().intent);
        Assert.DoesNotContain("Weather", result.Intents.Keys);
    }

    /// <summary>The failure cases; only the time-out case has a short budget; the others get 30 s, which only a hang uses, and which a 60 s Retry-After cannot fit in.</summary>
    public static TheoryData<string, CluScriptedResponse, int> Failures => new()
    {
        { "unauthorized", CluScriptedResponse.Error(401, "401"), 30_000 },
        { "not_found", CluScriptedResponse.Error(404, "NotFound"), 30_000 },
        { "throttled", CluScriptedResponse.Error(429, "TooManyRequests", ("Retry-After", "60")), 30_000 },
        { "server_error", CluScriptedResponse.Error(500, "InternalServerError"), 30_000 },
        { "timeout", CluScriptedResponse.Json(200, CluAnswers.CancelShippedJa).After(TimeSpan.FromSeconds(60)), 500 },
        { "malformed_response", CluScriptedResponse.Json(200, "{\"result\":"), 30_000 },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task RecognizeAsync_falls_back_to_the_offline_result_for_the_turn_when_CLU_fails(string reason, CluScriptedResponse failure, int timeoutMilliseconds)
    {
        await using var server = await FakeCluServer.StartAsync(failure);
        using var harness = new CluRecognizerHarness(server.Endpoint, o => o.TimeoutMilliseconds = timeoutMilliseconds);
        var offline = new OfflineRecognizer(RepositoryKnowledge.Instance, harness.Time)
            .Recognize(ShippedCancel, "ja-JP", harness.Time.GetLocalNow());

        var (result, traces) = await harness.RecognizeAsync(ShippedCancel);

        Assert.Equal("offline", result.Properties["recognizer"]);
        Assert.Equal(reason, result.Properties["cluFallback"]);
        Assert.Equal(offline.GetTopScoringIntent(), result.GetTopScoringIntent());
        Assert.Equal(SupportIntents.CancelOrder, result.GetTopScoringIntent().intent);
        Assert.Equal("250-1234567-1234567", (string?)result.Entities[SupportEntities.OrderNumber]);
        Assert.Equal("shipped", (string?)result.Entities[SupportEntities.Stage]);
        Assert.Equal(1, harness.Metrics.Sum("clu.fallbacks", "reason", reason));
        Assert.Equal(1, harness.Metrics.Sum("clu.calls", "outcome", reason));
        Assert.Contains(harness.Logs, l => l.Level == LogLevel.Warning && l.EventId.Id == 4100 && l.Message.Contains(reason, StringComparison.Ordinal));
        var trace = Assert.Single(traces, t => t.Name == "CluRecognizer");
        Assert.Equal(reason, (string?)JObject.FromObject(trace.Value)["fallbackReason"]);
    }

    [Fact]
    public async Task RecognizeAsync_asks_CLU_once_for_identical_utterances_within_the_cache_time()
    {
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.Json(200, CluAnswers.CancelShippedJa));
        using var harness = new CluRecognizerHarness(server.Endpoint, o => o.CacheSeconds = 60);

        var (first, _) = await harness.RecognizeAsync("発送済みの注文をキャンセルしたい");
        var (second, _) = await harness.RecognizeAsync("発送済みの注文をキャンセルしたい");
        await harness.RecognizeAsync("別の文です、キャンセルしたい");

        Assert.Equal(("clu", "clu"), ((string)first.Properties["recognizer"], (string)second.Properties["recognizer"]));
        Assert.Equal(first.GetTopScoringIntent(), second.GetTopScoringIntent());
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(1, harness.Metrics.Sum("clu.calls", "outcome", "cache_hit"));
        Assert.Equal(2, harness.Metrics.Sum("clu.calls", "outcome", "success"));
    }

    [Fact]
    public async Task RecognizeAsync_does_not_cache_when_CacheSeconds_is_zero()
    {
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.Json(200, CluAnswers.CancelShippedJa));
        using var harness = new CluRecognizerHarness(server.Endpoint, o => o.CacheSeconds = 0);

        await harness.RecognizeAsync("発送済みの注文をキャンセルしたい");
        await harness.RecognizeAsync("発送済みの注文をキャンセルしたい");

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task RecognizeAsync_stops_calling_CLU_while_the_circuit_is_open_and_probes_after_OpenSeconds()
    {
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.Error(503, "ServiceUnavailable"));
        using var harness = new CluRecognizerHarness(server.Endpoint, o =>
        {
            o.MaxRetries = 0;
            o.CircuitBreaker.FailuresBeforeOpen = 2;
            o.CircuitBreaker.OpenSeconds = 30;
        });

        await harness.RecognizeAsync("キャンセルしたい 1");
        await harness.RecognizeAsync("キャンセルしたい 2");
        var (whileOpen, _) = await harness.RecognizeAsync("キャンセルしたい 3");

        Assert.Equal(CluCircuitState.Open, harness.Breaker.State);
        Assert.Equal(1, harness.Metrics.Observe("clu.circuit.state"));
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("circuit_open", whileOpen.Properties["cluFallback"]);
        Assert.Equal(SupportIntents.CancelOrder, whileOpen.GetTopScoringIntent().intent);

        harness.Time.Advance(TimeSpan.FromSeconds(31));
        server.Script(CluScriptedResponse.Json(200, CluAnswers.CancelShippedJa));
        var (probe, _) = await harness.RecognizeAsync("発送済みの注文をキャンセルしたい");

        Assert.Equal("clu", probe.Properties["recognizer"]);
        Assert.Equal(CluCircuitState.Closed, harness.Breaker.State);
        Assert.Equal(0, harness.Metrics.Observe("clu.circuit.state"));
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(["open", "half_open", "closed"], harness.Metrics.Tags("clu.circuit.state_changes", "state"));
        Assert.Equal(1, harness.Metrics.Sum("clu.fallbacks", "reason", "circuit_open"));
        Assert.Contains(harness.Logs, l => l.EventId.Id == 4101 && l.Message.Contains("circuit_open", StringComparison.Ordinal));
        Assert.Equal(3, harness.Logs.Count(l => l.EventId.Id == 4102));
    }

    [Fact]
    public async Task RecognizeAsync_uses_the_offline_result_without_calling_CLU_for_an_utterance_over_1000_characters()
    {
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.Json(200, CluAnswers.CancelShippedJa));
        using var harness = new CluRecognizerHarness(server.Endpoint);

        var (result, _) = await harness.RecognizeAsync("キャンセルしたい" + new string('あ', 1_000));

        Assert.Equal("too_long", result.Properties["cluFallback"]);
        Assert.Empty(server.Requests);
        Assert.Equal(1, harness.Metrics.Sum("clu.fallbacks", "reason", "too_long"));
        Assert.Contains(harness.Logs, l => l.EventId.Id == 4101 && l.Message.Contains("too_long", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecognizeAsync_sends_English_messages_to_CLU_as_en()
    {
        await using var server = await FakeCluServer.StartAsync(
            CluScriptedResponse.Json(200, CluAnswers.Conversation("I want to cancel my order", SupportIntents.CancelOrder)));
        using var harness = new CluRecognizerHarness(server.Endpoint);

        var (result, _) = await harness.RecognizeAsync("I want to cancel my order", "en-US");

        Assert.Equal("en", result.Properties["language"]);
        Assert.Contains("\"language\":\"en\"", Assert.Single(server.Requests).Body, StringComparison.Ordinal);
    }
}
