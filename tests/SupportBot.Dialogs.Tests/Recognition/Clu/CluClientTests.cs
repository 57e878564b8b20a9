using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using SupportBot.Understanding.Clu;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Testing.Clu;
using SupportBot.Testing.Time;

namespace SupportBot.Dialogs.Tests.Recognition.Clu;

public sealed class CluClientTests
{
    [Fact]
    public async Task AnalyzeAsync_sends_the_contract_request_with_the_key_and_reads_the_prediction()
    {
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.Json(200, CluAnswers.CancelShippedJa));
        var client = CluTestOptions.Client(server.Endpoint);

        var prediction = await client.AnalyzeAsync("発送済みの注文をキャンセルしたい", "ja", CancellationToken.None);

        Assert.Equal("CancelOrder", prediction.TopIntent);
        Assert.Equal(0.97, prediction.TopScore, 3);
        Assert.Equal(CluPrediction.ConversationKind, prediction.ProjectKind);
        var stage = Assert.Single(prediction.Entities);
        Assert.Equal(("stage", "発送済み", 0, 4, "shipped"), (stage.Category, stage.Text, stage.Offset, stage.Length, stage.ListKey));
        Assert.Equal(stage.Text, prediction.Query.Substring(stage.Offset, stage.Length));

        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/language/:analyze-conversations", "?api-version=2023-04-01", CluTestOptions.Key),
            (request.Method, request.Path, request.Query, request.ApiKey));
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal("Conversation", root.GetProperty("kind").GetString());
        var item = root.GetProperty("analysisInput").GetProperty("conversationItem");
        Assert.Equal("発送済みの注文をキャンセルしたい", item.GetProperty("text").GetString());
        Assert.Equal("ja", item.GetProperty("language").GetString());
        Assert.Equal("1", item.GetProperty("id").GetString());
        Assert.Equal("1", item.GetProperty("participantId").GetString());
        var parameters = root.GetProperty("parameters");
        Assert.Equal("SupportBot", parameters.GetProperty("projectName").GetString());
        Assert.Equal("production", parameters.GetProperty("deploymentName").GetString());
        Assert.Equal("Utf16CodeUnit", parameters.GetProperty("stringIndexType").GetString());
        Assert.True(parameters.GetProperty("verbose").GetBoolean());
    }

    [Fact]
    public async Task AnalyzeAsync_computes_the_top_intent_from_the_scores_not_from_the_order_or_topIntent()
    {
        const string answer = """
            {"kind":"ConversationResult","result":{"query":"q","prediction":{"projectKind":"Conversation","topIntent":"Help",
              "intents":[{"category":"Help","confidenceScore":0.2},{"category":"Quit","confidenceScore":0.7}],"entities":[]}}}
            """;
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.Json(200, answer));

        var prediction = await CluTestOptions.Client(server.Endpoint).AnalyzeAsync("q", "en", CancellationToken.None);

        Assert.Equal("Quit", prediction.TopIntent);
    }

    [Fact]
    public async Task AnalyzeAsync_uses_the_top_targets_conversation_result_of_an_orchestration_project()
    {
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.Json(200, CluAnswers.OrchestrationToConversation));

        var prediction = await CluTestOptions.Client(server.Endpoint).AnalyzeAsync("返金はいつですか", "ja", CancellationToken.None);

        Assert.Equal(CluPrediction.OrchestrationKind, prediction.ProjectKind);
        Assert.Equal("RefundStatus", prediction.TopIntent);
        Assert.Equal(0.91, prediction.TopScore, 3);
        Assert.Equal("credit_card", Assert.Single(prediction.Entities).ListKey);
    }

    [Fact]
    public async Task AnalyzeAsync_reports_the_targets_as_intents_when_the_top_target_is_not_a_conversation_project()
    {
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.Json(200, CluAnswers.OrchestrationToQuestionAnswering));

        var prediction = await CluTestOptions.Client(server.Endpoint).AnalyzeAsync("営業時間は？", "ja", CancellationToken.None);

        Assert.Equal(("Faq", 0.77), (prediction.TopIntent, prediction.TopScore));
        Assert.Equal(["CancelOrder", "Faq"], prediction.Intents.Select(i => i.Category).Order());
        Assert.Empty(prediction.Entities);
    }

    public static TheoryData<int, string, CluFailure> NotRetried => new()
    {
        { 400, "InvalidArgument", CluFailure.BadRequest },
        { 401, "Unauthorized", CluFailure.Unauthorized },
        { 403, "QuotaExceeded", CluFailure.Unauthorized },
        { 404, "NotFound", CluFailure.NotFound },
    };

    [Theory]
    [MemberData(nameof(NotRetried))]
    public async Task AnalyzeAsync_fails_at_once_without_retrying_a_client_error(int status, string code, CluFailure expected)
    {
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.Error(status, code));

        var ex = await Assert.ThrowsAsync<CluException>(
            () => CluTestOptions.Client(server.Endpoint).AnalyzeAsync("hello", "en", CancellationToken.None));

        Assert.Equal((expected, status, code), (ex.Failure, ex.Status, ex.ErrorCode));
        Assert.Single(server.Requests);
    }

    public static TheoryData<int, CluFailure> Retried => new()
    {
        { 408, CluFailure.Timeout },
        { 429, CluFailure.Throttled },
        { 500, CluFailure.ServerError },
        { 501, CluFailure.ServerError },
        { 503, CluFailure.ServerError },
    };

    [Theory]
    [MemberData(nameof(Retried))]
    public async Task AnalyzeAsync_retries_408_429_and_5xx_up_to_MaxRetries_then_fails(int status, CluFailure expected)
    {
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.Error(status, "Scripted"));

        var ex = await Assert.ThrowsAsync<CluException>(
            () => CluTestOptions.Client(server.Endpoint, o => o.MaxRetries = 2).AnalyzeAsync("hello", "en", CancellationToken.None));

        Assert.Equal((expected, status), (ex.Failure, ex.Status));
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task AnalyzeAsync_answers_after_a_500_when_the_retry_succeeds()
    {
        await using var server = await FakeCluServer.StartAsync(
            CluScriptedResponse.Error(500, "InternalServerError"),
            CluScriptedResponse.Json(200, CluAnswers.CancelShippedJa));

        var prediction = await CluTestOptions.Client(server.Endpoint).AnalyzeAsync("発送済みの注文をキャンセルしたい", "ja", CancellationToken.None);

        Assert.Equal("CancelOrder", prediction.TopIntent);
        Assert.Equal(2, server.Requests.Count);
    }

    public static TheoryData<string, string, int> RetryAfterHeaders => new()
    {
        { "Retry-After", "1", 1_000 },
        { "retry-after-ms", "400", 400 },
    };

    [Theory]
    [MemberData(nameof(RetryAfterHeaders))]
    public async Task AnalyzeAsync_waits_as_long_as_a_429_asks_before_retrying(string header, string value, int expectedMilliseconds)
    {
        await using var server = await FakeCluServer.StartAsync(
            CluScriptedResponse.Error(429, "TooManyRequests", (header, value)),
            CluScriptedResponse.Json(200, CluAnswers.CancelShippedJa));
        var client = CluTestOptions.Client(server.Endpoint);

        var prediction = await client.AnalyzeAsync("発送済みの注文をキャンセルしたい", "ja", CancellationToken.None);

        Assert.Equal("CancelOrder", prediction.TopIntent);
        var requests = server.Requests.ToList();
        Assert.Equal(2, requests.Count);
        // The back-off is 20-50 ms here, so a gap this long can only be the server's delay being honoured (a slower
        // machine only makes the gap longer, so there is no upper bound to check).
        Assert.True((requests[1].At - requests[0].At).TotalMilliseconds >= expectedMilliseconds * 0.9, $"retried after {requests[1].At - requests[0].At}");
    }

    [Fact]
    public async Task AnalyzeAsync_does_not_wait_for_a_Retry_After_longer_than_its_budget()
    {
        await using var server = await FakeCluServer.StartAsync(
            CluScriptedResponse.Error(429, "TooManyRequests", ("Retry-After", "60")),
            CluScriptedResponse.Json(200, CluAnswers.CancelShippedJa));

        var ex = await Assert.ThrowsAsync<CluException>(
            () => CluTestOptions.Client(server.Endpoint, o => o.TimeoutMilliseconds = 20_000).AnalyzeAsync("hello", "en", CancellationToken.None));

        // Waiting would have taken the whole 20 s budget and ended as a time-out, or retried: one request and the
        // server's own 429 show it gave up at once.
        Assert.Equal((CluFailure.Throttled, 429), (ex.Failure, ex.Status));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AnalyzeAsync_gives_up_with_Timeout_when_the_server_is_slower_than_the_budget()
    {
        await using var server = await FakeCluServer.StartAsync(
            CluScriptedResponse.Json(200, CluAnswers.CancelShippedJa).After(TimeSpan.FromSeconds(60)));
        var time = new FakeTimeProvider();
        var client = CluTestOptions.Client(server.Endpoint, o => o.TimeoutMilliseconds = 300, time);

        var call = client.AnalyzeAsync("hello", "en", CancellationToken.None);
        await server.WaitForRequestsAsync(1);
        time.Advance(TimeSpan.FromMilliseconds(299));
        Assert.False(call.IsCompleted, "gave up before the budget");
        time.Advance(TimeSpan.FromMilliseconds(1));

        var ex = await Assert.ThrowsAsync<CluException>(() => call.WaitAsync(Patience.Hang));
        Assert.Equal(CluFailure.Timeout, ex.Failure);
    }

    public static TheoryData<string> MalformedBodies => new()
    {
        "{not json",
        "<html>gateway</html>",
        """{"kind":"ConversationResult","result":{}}""",
        """{"kind":"ConversationResult","result":{"query":"q","prediction":{"projectKind":"Conversation","intents":"CancelOrder"}}}""",
        """{"kind":"ConversationResult","result":{"query":"q","prediction":{"projectKind":"Conversation","intents":[{"confidenceScore":1}]}}}""",
        """{"kind":"ConversationResult","result":{"query":"q","prediction":{"projectKind":"Conversation","intents":[],"entities":[{"category":"stage","offset":"x","length":1}]}}}""",
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task AnalyzeAsync_reports_a_malformed_200_body_as_MalformedResponse(string body)
    {
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.Json(200, body));

        var ex = await Assert.ThrowsAsync<CluException>(
            () => CluTestOptions.Client(server.Endpoint).AnalyzeAsync("hello", "en", CancellationToken.None));

        Assert.Equal(CluFailure.MalformedResponse, ex.Failure);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AnalyzeAsync_reads_a_numeric_error_code_from_a_gateway_leniently()
    {
        await using var server = await FakeCluServer.StartAsync(
            CluScriptedResponse.Json(502, """{"error":{"code":502,"message":"Bad gateway"}}"""));

        var ex = await Assert.ThrowsAsync<CluException>(
            () => CluTestOptions.Client(server.Endpoint, o => o.MaxRetries = 0).AnalyzeAsync("hello", "en", CancellationToken.None));

        Assert.Equal((CluFailure.ServerError, 502, "502"), (ex.Failure, ex.Status, ex.ErrorCode));
    }

    [Fact]
    public async Task AnalyzeAsync_reports_Network_without_retrying_when_the_connection_drops()
    {
        await using var server = await FakeCluServer.StartAsync(CluScriptedResponse.DropConnection);

        var ex = await Assert.ThrowsAsync<CluException>(
            () => CluTestOptions.Client(server.Endpoint).AnalyzeAsync("hello", "en", CancellationToken.None));

        Assert.Equal((CluFailure.Network, null), (ex.Failure, ex.Status));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AnalyzeAsync_reports_Network_or_Timeout_when_nothing_listens()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var ex = await Assert.ThrowsAsync<CluException>(
            () => CluTestOptions.Client($"http://127.0.0.1:{port}", o => o.MaxRetries = 0).AnalyzeAsync("hello", "en", CancellationToken.None));

        Assert.Contains(ex.Failure, new[] { CluFailure.Network, CluFailure.Timeout });
    }

    [Fact]
    public async Task AnalyzeAsync_lets_the_callers_cancellation_through_as_cancellation()
    {
        await using var server = await FakeCluServer.StartAsync(
            CluScriptedResponse.Json(200, CluAnswers.CancelShippedJa).After(Patience.Hang));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => CluTestOptions.Client(server.Endpoint).AnalyzeAsync("hello", "en", cts.Token));

        Assert.IsNotType<CluException>(ex);
    }

    [Theory]
    [InlineData("myres.cognitiveservices.azure.com", "https://myres.cognitiveservices.azure.com/language/:analyze-conversations?api-version=2023-04-01")]
    [InlineData("https://myres.cognitiveservices.azure.com/", "https://myres.cognitiveservices.azure.com/language/:analyze-conversations?api-version=2023-04-01")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/language/:analyze-conversations?api-version=2023-04-01")]
    public void RequestUri_accepts_a_bare_host_or_a_full_endpoint(string hostName, string expected)
    {
        var client = CluTestOptions.Client(hostName);

        Assert.Equal(expected, client.RequestUri.AbsoluteUri);
    }
}
