using Microsoft.Playwright;
using SupportBot.Browser.Tests.Hosting;

namespace SupportBot.Browser.Tests.Agent;

/// <summary>
/// A bot process with no agent accounts configured (so it prints its development account, which the agent signs in
/// with) and one headless Chromium for both the customer's Web Chat page and the agent's console.
/// </summary>
public sealed class ConsoleHost : BotAndBrowser
{
    public async Task<IPage> NewPageAsync(string locale, string path)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1100, Height = 1300 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)SupportBot.Testing.Time.Patience.Hang.TotalMilliseconds);
        await page.GotoAsync(new Uri(Bot.BaseAddress, path).ToString());
        return page;
    }
}
