using Microsoft.Playwright;
using SupportBot.Knowledge;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.Browser.Tests.WebChat;

/// <summary>
/// The page before Web Chat has loaded: the server-rendered header and send box, the greeting and the customer's
/// first messages, then the hand-over to Web Chat. The bundle's download is held by the test, so "before" is certain.
/// </summary>
public sealed class EarlyPageTests : IClassFixture<ChromiumHost>
{
    private const string Bundle = "**/lib/webchat-minimal.js";
    private const string EarlyInput = "#early-input";
    private const string EarlyBot = "#early-log .from-bot";
    private const string EarlyUser = "#early-log .from-user";

    private readonly ChromiumHost _host;

    public EarlyPageTests(ChromiumHost host) => _host = host;

    private string Ja(Label label) => label.Text(_host.Knowledge, "ja");

    [Fact]
    public async Task A_message_sent_before_Web_Chat_has_loaded_is_delivered_answered_and_then_shown_once_by_Web_Chat()
    {
        var bundle = new TaskCompletionSource();
        await using var chat = await _host.OpenAsync("ja-JP", page => HoldAsync(page, bundle.Task));

        // The header is in the server's HTML: it is there while no script of Web Chat has run.
        var store = await chat.Page.EvaluateAsync<string>("() => JSON.parse(document.getElementById('page-settings').textContent).storeName");
        await Expect(chat.Page.Locator("#title")).ToHaveTextAsync(_host.Knowledge.Text(MessageKeys.PageTitle, "ja", ("store", store)));
        Assert.False(await chat.Page.EvaluateAsync<bool>("() => 'WebChat' in window"));

        // The earliest moment the page allows: its own send box takes the message as soon as it can be used.
        var said = Ja(Label.Menu(MenuTopics.CancelOrder));
        await chat.Page.Locator(EarlyInput).FillAsync(said);
        await chat.Page.Locator(EarlyInput).PressAsync("Enter");

        await Expect(chat.Page.Locator(EarlyBot).Filter(new LocatorFilterOptions { HasText = FirstLine(Ja(MessageKeys.WelcomeGreeting)) })).ToHaveCountAsync(1);
        await Expect(chat.Page.Locator(EarlyUser).Filter(new LocatorFilterOptions { HasText = said })).ToHaveCountAsync(1);
        await Expect(chat.Page.Locator(EarlyBot).Filter(new LocatorFilterOptions { HasText = FirstLine(Ja(MessageKeys.CancelAskOrderNumber)) })).ToHaveCountAsync(1);
        Assert.False(await chat.Page.EvaluateAsync<bool>("() => 'WebChat' in window"), "answered before Web Chat had loaded");

        bundle.SetResult();
        await chat.WaitForBotAsync(Ja(MessageKeys.CancelAskOrderNumber));
        await Expect(chat.Page.Locator("#early")).ToHaveCountAsync(0);
        Assert.Equal([said], await chat.UserMessages.AllInnerTextsAsync());

        // Web Chat goes on with the same conversation: the dialog is at the order number.
        await chat.TypeAsync("250-1234567-1234567");
        await chat.WaitForBotAsync(Ja(MessageKeys.CancelAskStage));
        Assert.Empty(await chat.CspViolationsAsync());
    }

    [Fact]
    public async Task Text_typed_but_not_sent_before_Web_Chat_loads_is_in_Web_Chats_send_box_afterwards()
    {
        var bundle = new TaskCompletionSource();
        await using var chat = await _host.OpenAsync("ja-JP", page => HoldAsync(page, bundle.Task));
        await Expect(chat.Page.Locator(EarlyBot).First).ToBeVisibleAsync();

        await chat.Page.Locator(EarlyInput).FillAsync("返品したい");
        bundle.SetResult();

        await Expect(chat.Page.Locator(WebChatPage.SendBox)).ToHaveValueAsync("返品したい");
        await Expect(chat.Page.Locator(WebChatPage.SendBox)).ToBeFocusedAsync();
        Assert.Empty(await chat.UserMessages.AllInnerTextsAsync());
    }

    [Fact]
    public async Task The_markdown_renderer_escapes_every_tag_and_renders_the_bots_lists_and_bold()
    {
        await using var chat = await _host.OpenAsync("ja-JP");
        var html = await chat.Page.EvaluateAsync<string>("""
            () => SupportBotMarkdown.render('<img src=x onerror=alert(1)> **手順**\n\n1. 注文履歴を開く\n  - 「キャンセル」を押す\n2. 確認する\n\n[ヘルプ](https://example.com/help?a=1&b=2) javascript:alert(1)')
            """);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<strong>手順</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<ol><li>注文履歴を開く<ul><li>「キャンセル」を押す</li></ul></li><li>確認する</li></ol>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.com/help?a=1&amp;b=2\" target=\"_blank\" rel=\"noopener noreferrer\">ヘルプ</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.Ordinal);
    }

    // Holds the Web Chat bundle's response until the test lets it go.
    private static async Task HoldAsync(IPage page, Task release) => await page.RouteAsync(Bundle, async route =>
    {
        await release;
        await route.ContinueAsync();
    });

    private static string FirstLine(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal).Split('\n')[0];
}
