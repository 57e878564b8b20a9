using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupportBot.Knowledge;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.Browser.Tests.Analytics;

/// <summary>
/// The lead's round trip in real Chromium: a message the bot missed shows on the analytics list, the lead picks what
/// it meant, and the same message is answered right on the next try, with no restart.
/// </summary>
public sealed class MissedMessageRoundTripTests : IClassFixture<KnowledgeDeskHost>
{
    private const string Missed = "ぽちったの撤回で";

    private readonly KnowledgeDeskHost _host;

    public MissedMessageRoundTripTests(KnowledgeDeskHost host) => _host = host;

    [Fact]
    public async Task A_missed_message_picked_in_the_console_is_answered_right_next_time()
    {
        var askNumber = _host.Knowledge.Text(MessageKeys.CancelAskOrderNumber, "ja");
        Assert.DoesNotContain(askNumber, await _host.SayAsync(Missed), StringComparison.Ordinal);
        await using var context = await _host.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)SupportBot.Testing.Time.Patience.Hang.TotalMilliseconds);

        await page.GotoAsync(new Uri(_host.Bot.BaseAddress, "agent/analytics").ToString());
        await page.Locator("input[name=userName]").FillAsync("agent");
        await page.Locator("input[name=password]").FillAsync(_host.AgentPassword);
        await page.Locator("form[action='/agent/signin'] button[type=submit]").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/agent/analytics$"));

        var row = page.Locator("#not-understood tr").Filter(new LocatorFilterOptions { HasText = Missed });
        await row.Locator("select[name=target]").SelectOptionAsync("intent:CancelOrder");
        await row.Locator("button[type=submit]").ClickAsync();

        await Expect(page.Locator("#notice")).ToContainTextAsync("追加しました");
        Assert.Contains($"- \"{Missed}\"", await File.ReadAllTextAsync(Path.Combine(_host.ContentDirectory, "intent-examples.yaml")), StringComparison.Ordinal);
        Assert.Contains(askNumber, await _host.SayAsync(Missed), StringComparison.Ordinal);
    }
}
