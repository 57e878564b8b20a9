using System.Text.Json;
using Microsoft.Playwright;
using SupportBot.Knowledge;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.Browser.Tests.WebChat;

/// <summary>The customer page in real Chromium: the official Web Chat bundle over this bot's Direct Line channel.</summary>
public sealed class CustomerPageTests : IClassFixture<ChromiumHost>
{
    private const string OrderNumberInJapanese = "注文番号は２５０ー１２３４５６７ー１２３４５６７です";

    private readonly ChromiumHost _host;

    public CustomerPageTests(ChromiumHost host) => _host = host;

    private KnowledgeSnapshot Knowledge => _host.Knowledge;

    private string Ja(Label label) => label.Text(Knowledge, "ja");

    [Fact]
    public async Task A_customer_cancels_an_order_in_Japanese_by_typing_and_clicking_and_sees_the_outcome()
    {
        await using var chat = await _host.OpenAsync("ja-JP");
        var settings = await SettingsAsync(chat, "ja");
        var decision = Knowledge.Decide(OrderStage.NotShipped, SellerType.Store, PaymentMethod.CreditCard);

        await chat.WaitForBotAsync(Ja(MessageKeys.WelcomeGreeting));
        await chat.ClickButtonAsync(Ja(Label.Menu(MenuTopics.CancelOrder)));
        await chat.WaitForBotAsync(Ja(MessageKeys.CancelAskOrderNumber));
        await chat.TypeAsync(OrderNumberInJapanese);
        await chat.WaitForBotAsync(Ja(MessageKeys.CancelAskStage));
        await chat.ClickButtonAsync(Ja(Label.Stage("not_shipped")));
        await chat.WaitForBotAsync(Ja(MessageKeys.CancelAskSeller));
        await chat.ClickButtonAsync(Ja(Label.Seller("store")));
        await chat.WaitForBotAsync(Ja(MessageKeys.CancelAskPayment));
        await chat.ClickButtonAsync(Ja(Label.Payment("credit_card")));
        await chat.WaitForBotAsync(decision.Rule.Headline.For("ja"));
        await chat.WaitForBotAsync(Ja(MessageKeys.CommonDidThatSolve));
        await chat.ClickButtonAsync(Ja(MessageKeys.CommonYes));
        await chat.WaitForBotAsync(Ja(MessageKeys.CommonClosingSolved));
        var screenshot = await chat.ScreenshotAsync("webchat-cancellation-ja");

        // Each thing the customer said shows once (the echo replaced the pending bubble, no failed-send notice).
        var said = new[] { Ja(Label.Menu(MenuTopics.CancelOrder)), OrderNumberInJapanese, Ja(Label.Stage("not_shipped")), Ja(Label.Seller("store")), Ja(Label.Payment("credit_card")), Ja(MessageKeys.CommonYes) };
        Assert.Equal(said, await chat.UserMessages.AllInnerTextsAsync());
        await Expect(chat.Page.GetByText("送信に失敗しました")).ToHaveCountAsync(0);
        Assert.Equal(Knowledge.Text(MessageKeys.PageTitle, "ja", ("store", settings.StoreName)), await chat.Page.TitleAsync());
        Assert.Equal(ToRgb(settings.PrimaryColor), await chat.Page.Locator("#header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await Expect(chat.Page.Locator(WebChatPage.SendBox)).ToHaveAttributeAsync("placeholder", Ja(MessageKeys.PagePlaceholder));
        // The send box stops at the length the bot reads (BotHost:MaxMessageTextLength), so nothing is lost on sending.
        await Expect(chat.Page.Locator(WebChatPage.SendBox)).ToHaveAttributeAsync("maxlength", "5000");
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is an actual picture");
        Assert.True(await chat.TypingIndicatorSightingsAsync() > 0, "Web Chat showed its typing indicator while the bot worked");
        // Everything above ran under the page's Content-Security-Policy, and it blocked nothing.
        Assert.Empty(await chat.CspViolationsAsync());
        var response = await chat.Page.APIRequest.GetAsync(chat.Page.Url);
        Assert.Contains("script-src 'self';", response.Headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", response.Headers["content-security-policy"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_reload_the_customer_is_back_in_the_same_conversation_with_its_history_and_can_go_on()
    {
        await using var chat = await _host.OpenAsync("ja-JP");
        await chat.WaitForBotAsync(Ja(MessageKeys.WelcomeGreeting));
        await chat.ClickButtonAsync(Ja(Label.Menu(MenuTopics.CancelOrder)));
        await chat.WaitForBotAsync(Ja(MessageKeys.CancelAskOrderNumber));
        await chat.TypeAsync(OrderNumberInJapanese);
        await chat.WaitForBotAsync(Ja(MessageKeys.CancelAskStage));
        var botBefore = await chat.BotMessages.AllInnerTextsAsync();
        var userBefore = await chat.UserMessages.AllInnerTextsAsync();
        var conversationBefore = await StoredConversationIdAsync(chat);

        await chat.Page.ReloadAsync();
        await chat.WaitForBotAsync(Ja(MessageKeys.CancelAskStage));
        await Expect(chat.BotMessages).ToHaveCountAsync(botBefore.Count);
        await Expect(chat.UserMessages).ToHaveCountAsync(userBefore.Count);
        Assert.Equal(botBefore, await chat.BotMessages.AllInnerTextsAsync());
        Assert.Equal(userBefore, await chat.UserMessages.AllInnerTextsAsync());
        Assert.Equal(conversationBefore, await StoredConversationIdAsync(chat));

        // The dialog goes on where it was: the stage question is answered, the seller question follows.
        await chat.ClickButtonAsync(Ja(Label.Stage("not_shipped")));
        await chat.WaitForBotAsync(Ja(MessageKeys.CancelAskSeller));
        await chat.ScreenshotAsync("webchat-after-reload-ja");

        // The token lives in this tab's sessionStorage only: a browser restart on a shared computer forgets it.
        Assert.Null(await chat.Page.EvaluateAsync<string?>("() => localStorage.getItem('supportbot.directline')"));
    }

    [Fact]
    public async Task A_browser_that_prefers_English_gets_the_page_and_the_bot_in_English()
    {
        await using var chat = await _host.OpenAsync("en-US");
        var settings = await SettingsAsync(chat, "en");

        await chat.WaitForBotAsync(Knowledge.Text(MessageKeys.WelcomeGreeting, "en"));

        Assert.Equal(Knowledge.Text(MessageKeys.PageTitle, "en", ("store", settings.StoreName)), await chat.Page.TitleAsync());
        await Expect(chat.Page.Locator(WebChatPage.SendBox)).ToHaveAttributeAsync("placeholder", Knowledge.Text(MessageKeys.PagePlaceholder, "en"));
        await Expect(chat.Page.Locator(WebChatPage.SuggestedAction).Filter(new LocatorFilterOptions { HasText = Label.Menu(MenuTopics.CancelOrder).Text(Knowledge, "en") }).First).ToBeVisibleAsync();
        Assert.Equal("en", await chat.Page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Empty(await chat.CspViolationsAsync());
    }

    private static async Task<string> StoredConversationIdAsync(WebChatPage chat)
    {
        var stored = await chat.Page.EvaluateAsync<string>("() => sessionStorage.getItem('supportbot.directline')");
        return JsonDocument.Parse(stored).RootElement.GetProperty("conversationId").GetString()!;
    }

    private static async Task<(string StoreName, string PrimaryColor)> SettingsAsync(WebChatPage chat, string language)
    {
        var response = await chat.Page.APIRequest.GetAsync(new Uri(new Uri(chat.Page.Url), "/api/webchat/settings?lang=" + language).ToString());
        var json = JsonDocument.Parse(await response.TextAsync()).RootElement;
        return (json.GetProperty("storeName").GetString()!, json.GetProperty("primaryColor").GetString()!);
    }

    private static string ToRgb(string hex)
    {
        var value = Convert.ToInt32(hex[1..], 16);
        return $"rgb({(value >> 16) & 0xFF}, {(value >> 8) & 0xFF}, {value & 0xFF})";
    }
}
