using SupportBot.Knowledge;

namespace SupportBot.Browser.Tests.Playground;

/// <summary>A tester's first run: the Playground as installed, its default channel, no flags, a cancellation to its outcome.</summary>
public sealed class PlaygroundTests : IClassFixture<PlaygroundHost>
{
    private readonly PlaygroundHost _host;

    public PlaygroundTests(PlaygroundHost host) => _host = host;

    private string Ja(Label label) => label.Text(_host.Knowledge, "ja");

    [Fact]
    public async Task A_tester_cancels_a_shipped_order_in_the_Playground_with_its_default_channel_and_reaches_refusing_delivery()
    {
        await using var chat = await _host.OpenAsync();
        var decision = _host.Knowledge.Decide(OrderStage.Shipped, SellerType.Store, PaymentMethod.CreditCard);
        Assert.Equal(Outcome.RefuseDelivery, decision.Outcome);

        await chat.WaitForBotAsync(Ja(MessageKeys.WelcomeGreeting));
        await chat.ClickButtonAsync(Ja(Label.Menu(MenuTopics.CancelOrder)));
        await chat.WaitForBotAsync(Ja(MessageKeys.CancelAskOrderNumber));
        await chat.TypeAsync("２５０－１２３４５６７－１２３４５６７");
        await chat.WaitForBotAsync(Ja(MessageKeys.CancelAskStage));
        await chat.TypeAsync("もう発送済みです");
        await chat.WaitForBotAsync(Ja(MessageKeys.CancelAskSeller));
        await chat.ClickButtonAsync(Ja(Label.Seller("store")));
        await chat.WaitForBotAsync(Ja(MessageKeys.CancelAskPayment));
        // Teams shows three buttons at most: the payment question is a numbered list, answered by typing.
        await chat.TypeAsync("カードで払いました");
        await chat.WaitForBotAsync(decision.Rule.Headline.For("ja"));
        await chat.WaitForBotAsync(Ja(MessageKeys.CommonDidThatSolve));
        await chat.ScreenshotAsync("playground-refuse-delivery-ja");

        // The Playground's channel went through the anonymous door: nothing was refused, nothing failed.
        Assert.DoesNotContain(" 403", _host.Playground.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", _host.Bot.Output, StringComparison.Ordinal);
    }
}
