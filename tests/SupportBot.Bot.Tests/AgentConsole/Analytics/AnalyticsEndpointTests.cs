using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportBot.Bot.AgentConsole.Analytics;
using SupportBot.Bot.Tests.Operations.TestSupport;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Tests.AgentConsole.Analytics;

[Collection(KnownConversationsGroup.Name)]
public sealed class AnalyticsEndpointTests
{
    private readonly KnownConversations _known;

    public AnalyticsEndpointTests(KnownConversations known) => _known = known;

    // "Today" where the store's days start (Analytics:UtcOffset), as the page reads from and to.
    private string TodayText => AnalyticsPeriod.Today(DateTimeOffset.UtcNow, _known.Factory.Services.GetRequiredService<IOptions<AnalyticsOptions>>().Value.UtcOffset)
        .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private HttpClient Client() => _known.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Theory]
    [InlineData("/agent/analytics")]
    [InlineData("/agent/analytics.csv")]
    [InlineData("/agent/analytics.csv?from=2026-01-01&to=2026-12-31")]
    public async Task Without_sign_in_the_figures_are_refused_and_the_browser_is_sent_to_the_sign_in_page(string path)
    {
        using var client = Client();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/agent/signin", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("ぜんぜん", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_agent_sees_the_figures_and_charts_for_the_chosen_period()
    {
        using var client = Client();
        await AgentSignIn.SignInAsync(client);

        using var response = await client.GetAsync(new Uri($"/agent/analytics?from={TodayText}&to={TodayText}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<div class=\"card\" id=\"conversations\"><div>会話 / Conversations</div><div class=\"figure\">6</div></div>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"containment-rate\"><div>自己解決率 / Containment</div><div class=\"figure\">16.7%</div>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"escalation-rate\"><div>エスカレーション率 / Escalation</div><div class=\"figure\">33.3%</div>", html, StringComparison.Ordinal);
        Assert.True(CountOf(html, "<svg class=\"chart\"") >= 7, "one chart per figure and per dialog funnel");
        Assert.Contains(KnownConversations.Unknown, html, StringComparison.Ordinal);
        Assert.Contains(KnowledgeIds.Id(EscalationTrigger.NotSolved), html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{TodayText}\"", html, StringComparison.Ordinal);
        Assert.Contains("開始 / From (UTC&#x2B;09:00)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_CSV_has_a_BOM_a_header_and_the_same_figures_as_the_page()
    {
        using var client = Client();
        await AgentSignIn.SignInAsync(client);

        using var response = await client.GetAsync(new Uri($"/agent/analytics.csv?from={TodayText}&to={TodayText}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"supportbot-analytics-{TodayText}-{TodayText}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(AnalyticsCsv.Header, lines[0]);
        Assert.Contains("summary,,conversations,6,", lines);
        Assert.Contains("summary,,contained,1,0.1667", lines);
        Assert.Contains("summary,,escalated,2,0.3333", lines);
        Assert.Contains("funnel_abandoned,CancellationDialog,cancel.ask_stage,1,0.3333", lines);
        Assert.Contains("solved,,no,1,0.5", lines);
        Assert.Contains($"not_understood,,{KnownConversations.Unknown},2,", lines);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
