using Microsoft.Playwright;
using SupportBot.Browser.Tests.Hosting;

namespace SupportBot.Browser.Tests.Playground;

/// <summary>The bot, the Playground started against it, and Chromium on the Playground's page.</summary>
public sealed class PlaygroundHost : BotAndBrowser
{
    private string _folder = null!;

    public PlaygroundProcess Playground { get; private set; } = null!;

    public async Task<PlaygroundPage> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // The page asks Microsoft's CDN for fonts and animations; tests stay on this machine, and it works without them.
        await context.RouteAsync("**/*", route => new Uri(route.Request.Url).IsLoopback ? route.ContinueAsync() : route.AbortAsync());
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)SupportBot.Testing.Time.Patience.Hang.TotalMilliseconds);
        await page.GotoAsync(Playground.PageAddress.ToString());
        return new PlaygroundPage(page, context);
    }

    protected override IReadOnlyDictionary<string, string?> ExtraSettings(string folder)
    {
        _folder = folder;
        return new Dictionary<string, string?>();
    }

    protected override async Task OnBotStartedAsync() =>
        Playground = await PlaygroundProcess.StartAsync(new Uri(Bot.BaseAddress, "api/messages"), _folder);

    protected override async Task OnDisposingAsync()
    {
        if (Playground is not null)
        {
            await Playground.DisposeAsync();
        }
    }
}
