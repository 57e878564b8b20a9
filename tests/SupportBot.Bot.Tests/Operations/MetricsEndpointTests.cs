using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.Operations.TestSupport;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Tests.Operations;

[Collection(RunsAlone.Name)]
public sealed class MetricsEndpointTests : IClassFixture<SupportBotFactory>
{
    private readonly SupportBotFactory _factory;

    public MetricsEndpointTests(SupportBotFactory factory) => _factory = factory;

    private KnowledgeSnapshot Knowledge => _factory.Services.GetRequiredService<IKnowledgeBase>().Current;

    private string Ja(Label label) => label.Text(Knowledge, "ja");

    [Fact]
    public async Task Metrics_shows_turns_latency_outcome_by_rule_intents_and_the_solved_answer_after_a_cancellation()
    {
        using var client = _factory.CreateClient();
        var conversation = new EmulatorConversation(client);
        var decision = Knowledge.Decide(OrderStage.NotShipped, SellerType.Store, PaymentMethod.CreditCard);
        await conversation.StartAsync();
        foreach (var text in new[]
        {
            "注文をキャンセルしたい", "250-1234567-1234567", Ja(Label.Stage("not_shipped")), Ja(Label.Seller("store")),
            Ja(Label.Payment("credit_card")), Ja(MessageKeys.CommonYes),
        })
        {
            await conversation.SayAsync(text);
        }

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var samples = PrometheusSample.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(samples, s => s.Name == "supportbot_turns_total" && s.Has("channel", "emulator") && s.Has("activity_type", "message") && s.Value >= 6);
        Assert.Contains(samples, s => s.Name == "supportbot_turn_duration_seconds_count" && s.Has("channel", "emulator") && s.Value >= 6);
        Assert.Contains(samples, s => s.Name == "supportbot_turn_duration_seconds_bucket" && s.Has("le", "0.25"));
        Assert.Contains(samples, s => s.Name == "supportbot_outcomes_total" && s.Has("rule", decision.RuleId) && s.Has("outcome", KnowledgeIds.Id(decision.Outcome)) && s.Value >= 1);
        Assert.Contains(samples, s => s.Name == "supportbot_recognizer_intents_total" && s.Has("recognizer", "offline") && s.Value >= 1);
        Assert.Contains(samples, s => s.Name == "supportbot_solved_total" && s.Has("answer", "yes") && s.Value >= 1);
    }

    [Fact]
    public async Task Metrics_describes_every_SupportBot_instrument_that_has_been_used_in_Prometheus_text()
    {
        using var client = _factory.CreateClient();
        var conversation = new EmulatorConversation(client);
        await conversation.StartAsync();
        await conversation.SayAsync("ぜんぜん関係ない話です");

        var text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("# TYPE supportbot_turns_total counter", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE supportbot_turn_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE supportbot_not_understood_total counter", text, StringComparison.Ordinal);
    }
}
