using SupportBot.Browser.Tests.Hosting;
using Microsoft.Playwright;
using SupportBot.Browser.Tests.WebChat;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.Browser.Tests.Analytics;

/// <summary>The support lead's analytics page in real Chromium, reached through the agent console's sign-in.</summary>
public sealed class AnalyticsPageTests : IClassFixture<AnalyticsHost>
{
    private readonly AnalyticsHost _host;

    public AnalyticsPageTests(AnalyticsHost host) => _host = host;

    [Fact]
    public async Task A_signed_in_lead_sees_the_figures_and_the_charts_render()
    {
        await using var context = await _host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "ja-JP",
            ViewportSize = new ViewportSize { Width = 1000, Height = 1200 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)SupportBot.Testing.Time.Patience.Hang.TotalMilliseconds);

        // Not signed in: the page sends the browser to the sign-in form, which brings it back after signing in.
        await page.GotoAsync(new Uri(_host.Bot.BaseAddress, "agent/analytics").ToString());
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/agent/signin"));
        await page.Locator("input[name=userName]").FillAsync("agent");
        await page.Locator("input[name=password]").FillAsync(_host.AgentPassword);
        await page.Locator("form[action='/agent/signin'] button[type=submit], form[action='/agent/signin'] input[type=submit]").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/agent/analytics$"));

        await Expect(page.Locator("#conversations .figure")).ToHaveTextAsync("7");
        await Expect(page.Locator("#containment-rate .figure")).ToHaveTextAsync("28.6%");
        await Expect(page.Locator("#escalation-rate .figure")).ToHaveTextAsync("28.6%");
        var charts = page.Locator("svg.chart");
        Assert.True(await charts.CountAsync() >= 7, "a chart for each figure and each dialog's funnel");
        foreach (var chart in await charts.AllAsync())
        {
            var box = await chart.BoundingBoxAsync();
            Assert.True(box is { Width: > 100, Height: > 10 }, "every chart is laid out with a size");
        }

        // Each bar's figure is written inside its chart, right of the bar.
        var solvedChart = await page.Locator("#solved svg.chart").BoundingBoxAsync();
        var yesFigure = await page.Locator("#solved svg text.figure").First.BoundingBoxAsync();
        Assert.NotNull(solvedChart);
        Assert.True(yesFigure is not null && yesFigure.X + yesFigure.Width <= solvedChart.X + solvedChart.Width + 1, "the figure beside the bar is inside the chart");
        await Expect(page.Locator("#solved svg text.figure").First).ToHaveTextAsync("2 (66.7%)");

        var bar = page.Locator("#not-understood svg rect.value").First;
        var barBox = await bar.BoundingBoxAsync();
        Assert.True(barBox is { Width: > 100 }, "the most frequent not-understood message has the longest bar");
        await Expect(page.Locator("#not-understood td").First).ToHaveTextAsync("ぜんぜん関係ない話です");
        await Expect(page.Locator("#funnels h3")).ToHaveTextAsync(["CancellationDialog", "MainDialog"]);

        var screenshot = BotAndBrowser.ScreenshotPath("analytics");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot is an actual picture of the page");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#csv").ClickAsync());
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(StoreUtcOffset()).DateTime);
        Assert.Equal($"supportbot-analytics-{Day(today.AddDays(-6))}-{Day(today)}.csv", download.SuggestedFilename);
    }

    // The page cuts days at the store's offset (Analytics:UtcOffset in the repository's appsettings.json).
    private static TimeSpan StoreUtcOffset()
    {
        using var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(SupportBot.Testing.Hosting.RepositoryRoot.Path, "appsettings.json")));
        return TimeSpan.Parse(settings.RootElement.GetProperty("Analytics").GetProperty("UtcOffset").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
