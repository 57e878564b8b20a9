using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Microsoft.Playwright;
using Newtonsoft.Json;
using SupportBot.Testing.Channels;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.Browser.Tests.Agent;

/// <summary>
/// The console agents work from: a new ticket announces itself in the title, and no console page scrolls sideways at
/// 1280 px or on a 390 px phone, even with a customer's 2,100-character message in it.
/// </summary>
public sealed partial class ConsoleLayoutTests : IClassFixture<ConsoleHost>
{
    private readonly ConsoleHost _host;

    public ConsoleLayoutTests(ConsoleHost host) => _host = host;

    [Fact]
    public async Task The_queue_s_title_shows_a_badge_when_a_ticket_arrives()
    {
        var agent = await SignedInAgentAsync(1280, 900);
        await Expect(agent).ToHaveTitleAsync(NoBadge());

        await EscalateAsync("担当者と話したい");

        await Expect(agent).ToHaveTitleAsync(Badge());
        await agent.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task No_console_page_scrolls_sideways(int width, int height)
    {
        var ticket = await EscalateAsync(new string('x', 2_100), "担当者と話したい");
        var agent = await SignedInAgentAsync(width, height);
        foreach (var path in new[] { "/agent", $"/agent/tickets/{ticket}", "/agent/analytics", "/agent/knowledge" })
        {
            await agent.GotoAsync(new Uri(_host.Bot.BaseAddress, path).ToString());
            var overflow = await agent.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            var culprits = await agent.EvaluateAsync<string>(Culprits);
            Assert.True(overflow <= 0, $"{path} at {width} px is {overflow} px wider than the window: {culprits}");
        }

        await agent.Context.CloseAsync();
    }

    // The elements that stick out to the right, for the failure message.
    private const string Culprits = """
        () => [...document.querySelectorAll('body *')]
          .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .slice(0, 8).map(el => `${el.tagName.toLowerCase()}#${el.id}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`).join(', ')
        """;

    private async Task<IPage> SignedInAgentAsync(int width, int height)
    {
        var context = await _host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP", ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)SupportBot.Testing.Time.Patience.Hang.TotalMilliseconds);
        await page.GotoAsync(new Uri(_host.Bot.BaseAddress, "/agent").ToString());
        await page.FillAsync("input[name=userName]", "agent");
        await page.FillAsync("input[name=password]", _host.DevelopmentPassword());
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("#queue")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>A customer on the Emulator's channel says these and is handed to a person; returns the ticket number.</summary>
    private async Task<long> EscalateAsync(params string[] texts)
    {
        using var http = new HttpClient { BaseAddress = _host.Bot.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var conversation = "layout-" + Guid.NewGuid().ToString("N");
        var body = string.Empty;
        foreach (var text in texts)
        {
            var activity = TestActivities.Message(conversation, text);
            using var content = new StringContent(JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri("api/messages", UriKind.Relative), content);
            body = await response.Content.ReadAsStringAsync();
        }

        return long.Parse(TicketNumber().Match(body).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"ESC-0*(\d+)")]
    private static partial Regex TicketNumber();

    [GeneratedRegex(@"^\(\d+\) ")]
    private static partial Regex Badge();

    [GeneratedRegex(@"^Queue")]
    private static partial Regex NoBadge();
}
