using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.Browser.Tests.WebChat;

/// <summary>
/// One chat, no seams, on a phone (390×844): the greeting stays where it was and every choice stays on screen when
/// Web Chat takes over from the early view; Web Chat mounts when the customer first touches the page, not before.
/// </summary>
public sealed class SeamlessHandOverTests : IClassFixture<ChromiumHost>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private readonly ChromiumHost _host;

    public SeamlessHandOverTests(ChromiumHost host) => _host = host;

    [Fact]
    public async Task The_greeting_and_every_choice_look_the_same_before_and_after_the_hand_over_on_a_phone()
    {
        await using var chat = await _host.OpenAsync("ja-JP", viewport: Phone);
        var page = chat.Page;
        var choices = _host.Knowledge.Menu.Count;

        var earlyGreeting = page.Locator("#early-log .from-bot").First;
        await Expect(earlyGreeting).ToBeVisibleAsync();
        var earlyButtons = page.Locator("#early-log .early-actions button");
        await Expect(earlyButtons).ToHaveCountAsync(choices);
        var before = (await earlyGreeting.BoundingBoxAsync())!;
        var visibleBefore = await OnScreenAsync(earlyButtons);
        // The bundle downloads after the greeting but has not run: the early view is the chat until a touch.
        Assert.False(await page.EvaluateAsync<bool>("() => 'WebChat' in window"), "Web Chat ran before the customer touched the page");

        // The customer's first touch mounts Web Chat; the early view gives way once it shows the same conversation.
        await page.Keyboard.PressAsync("Shift");
        await Expect(page.Locator("#early")).ToHaveCountAsync(0);
        var webChatGreeting = page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content").First;
        await Expect(webChatGreeting).ToBeVisibleAsync();
        var webChatButtons = page.Locator(WebChatPage.SuggestedAction);
        await Expect(webChatButtons).ToHaveCountAsync(choices);
        var after = (await webChatGreeting.BoundingBoxAsync())!;
        var visibleAfter = await OnScreenAsync(webChatButtons);

        await chat.ScreenshotAsync("phone-after-hand-over");
        Assert.Equal(choices, visibleBefore);
        Assert.Equal(visibleBefore, visibleAfter);
        Assert.True(Math.Abs(before.Y - after.Y) <= 24, $"the greeting moved from y={before.Y} to y={after.Y}");
        Assert.True(Math.Abs(before.X - after.X) <= 24, $"the greeting moved from x={before.X} to x={after.X}");
        Assert.Equal(0, await page.Locator(".webchat__avatar").CountAsync());
    }

    // Buttons wholly inside the window: a carousel's hidden ones are not.
    private static async Task<int> OnScreenAsync(ILocator buttons)
    {
        var count = 0;
        for (var i = 0; i < await buttons.CountAsync(); i++)
        {
            var box = await buttons.Nth(i).BoundingBoxAsync();
            if (box is not null && await buttons.Nth(i).IsVisibleAsync() && box.X >= 0 && box.Y >= 0 && box.X + box.Width <= Phone.Width && box.Y + box.Height <= Phone.Height)
            {
                count++;
            }
        }

        return count;
    }
}
