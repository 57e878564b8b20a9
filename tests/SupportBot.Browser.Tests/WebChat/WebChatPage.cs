using SupportBot.Browser.Tests.Hosting;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SupportBot.Browser.Tests.WebChat;

/// <summary>The Web Chat page as a customer uses it, with the selectors from DIRECTLINE-CONTRACT.md.</summary>
public sealed class WebChatPage : IAsyncDisposable
{
    public const string SendBox = "[data-id=\"webchat-sendbox-input\"]";
    public const string BotText = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__text-content";
    public const string UserText = ".webchat__bubble.webchat__bubble--from-user .webchat__text-content";
    public const string SuggestedAction = "button.webchat__suggested-action";

    public const string TypingRecorder = """
        window.__typingShown = 0;
        new MutationObserver(() => {
          if (document.querySelector('.webchat__typing-indicator')) window.__typingShown++;
        }).observe(document, { childList: true, subtree: true });
        """;

    // Anything the page's Content-Security-Policy blocked (a script, a style, a connection): it must stay empty.
    public const string CspRecorder = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    private readonly IBrowserContext _context;

    public WebChatPage(IPage page, IBrowserContext context)
    {
        Page = page;
        _context = context;
    }

    public IPage Page { get; }

    public ILocator BotMessages => Page.Locator(BotText);

    public ILocator UserMessages => Page.Locator(UserText);

    /// <summary>Waits until some bot bubble contains <paramref name="text"/> (the first line of it, since bubbles render Markdown).</summary>
    public Task WaitForBotAsync(string text) =>
        Assertions.Expect(BotMessages.Filter(new LocatorFilterOptions { HasText = FirstLine(text) }).Last).ToBeVisibleAsync();

    /// <summary>How many DOM changes happened while a typing indicator was on screen.</summary>
    public Task<int> TypingIndicatorSightingsAsync() => Page.EvaluateAsync<int>("() => window.__typingShown");

    /// <summary>What the page's Content-Security-Policy refused so far.</summary>
    public Task<string[]> CspViolationsAsync() => Page.EvaluateAsync<string[]>("() => window.__cspViolations");

    public async Task TypeAsync(string text)
    {
        var box = Page.Locator(SendBox);
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    /// <summary>Clicks the visible suggested-action button with exactly this title.</summary>
    public async Task ClickButtonAsync(string title)
    {
        var button = Page.Locator(SuggestedAction).Filter(new LocatorFilterOptions { HasTextRegex = new Regex("^\\s*" + Regex.Escape(title) + "\\s*$") }).First;
        await button.ClickAsync();
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        var path = BotAndBrowser.ScreenshotPath(name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    // Web Chat renders Markdown with typographic quotes (I'm → I’m): match the longest quote-free run of the first line.
    internal static string FirstLine(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal).Split('\n')[0]
        .Split(['\'', '"'])
        .OrderByDescending(part => part.Length)
        .First()
        .Trim();
}
