using Microsoft.Playwright;
using SupportBot.Browser.Tests.Hosting;

namespace SupportBot.Browser.Tests.WebChat;

/// <summary>The bot and Chromium for the customer page tests; each test opens Web Chat in its own context and language.</summary>
public sealed class ChromiumHost : BotAndBrowser
{
    /// <summary>Opens the page in a new context; <paramref name="beforeLoading"/> can route its requests before it loads.</summary>
    public async Task<WebChatPage> OpenAsync(string locale, Func<IPage, Task>? beforeLoading = null, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = viewport ?? new ViewportSize { Width = 900, Height = 1400 },
        });
        // Records whether Web Chat ever showed its typing indicator (it is gone once the reply arrives).
        await context.AddInitScriptAsync(WebChatPage.TypingRecorder);
        await context.AddInitScriptAsync(WebChatPage.CspRecorder);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)SupportBot.Testing.Time.Patience.Hang.TotalMilliseconds);
        if (beforeLoading is not null)
        {
            await beforeLoading(page);
        }

        // A routed page may be held mid-load on purpose: then only its first response is waited for.
        await page.GotoAsync(Bot.BaseAddress.ToString(), new PageGotoOptions { WaitUntil = beforeLoading is null ? WaitUntilState.Load : WaitUntilState.Commit });
        return new WebChatPage(page, context);
    }
}
