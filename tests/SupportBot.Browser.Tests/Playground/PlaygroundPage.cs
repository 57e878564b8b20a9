using Microsoft.Playwright;
using SupportBot.Browser.Tests.Hosting;
using SupportBot.Browser.Tests.WebChat;

namespace SupportBot.Browser.Tests.Playground;

/// <summary>The Playground's chat as a tester sees it (its React page; selectors read from version 0.2.28).</summary>
public sealed class PlaygroundPage(IPage page, IBrowserContext context) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    /// <summary>The bot's messages, each in an output card.</summary>
    public ILocator BotMessages => Page.Locator(".fai-OutputCard");

    public Task WaitForBotAsync(string text) =>
        Assertions.Expect(BotMessages.Filter(new LocatorFilterOptions { HasText = WebChatPage.FirstLine(text) }).Last).ToBeVisibleAsync();

    public async Task TypeAsync(string text)
    {
        var box = Page.Locator("[data-lexical-editor='true']");
        await box.ClickAsync();
        await Page.Keyboard.InsertTextAsync(text);
        await Page.Locator("button[aria-label='Send Message']").ClickAsync();
    }

    /// <summary>Clicks the newest suggested action with this title (older ones may still be on screen).</summary>
    public Task ClickButtonAsync(string title) =>
        Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = title, Exact = true }).Last.ClickAsync();

    public async Task<string> ScreenshotAsync(string name)
    {
        var path = BotAndBrowser.ScreenshotPath(name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
