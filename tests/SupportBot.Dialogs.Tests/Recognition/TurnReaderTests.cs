using SupportBot.Understanding;

namespace SupportBot.Dialogs.Tests.Recognition;

public sealed class TurnReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(9));
    private static readonly OfflineRecognizer Recognizer = new(RepositoryKnowledge.Instance);

    private static TurnReading Read(string text, string locale = "ja-JP")
    {
        var knowledge = RepositoryKnowledge.Instance.Current;
        var canonical = JapaneseReadings.Canonical(text, knowledge.Vocabulary);
        return TurnReader.Read(canonical, RecognizedTurn.From(Recognizer.Recognize(canonical, locale, Now)), knowledge);
    }

    [Theory]
    [InlineData("やっぱりキャンセルしないことにします", TurnActs.ChangeOfMind)]
    [InlineData("on second thought I'll keep it", TurnActs.ChangeOfMind)]
    [InlineData("もうロボットはええけん人間出してくれや", TurnActs.Person)]
    [InlineData("キャンセルしたのに届いた。人と話させてくれ", TurnActs.Person)]
    [InlineData("ポイントっていつ付くんですか？", TurnActs.OutOfScope)]
    [InlineData("出品者に連絡したけど返事こーへんねん", TurnActs.SellerSilent)]
    [InlineData("ごめん、見間違えてた。もう発送済みやった", TurnActs.Correction)]
    [InlineData("わかった〜送ってみる", TurnActs.Acknowledge)]
    [InlineData("返品時の送料はこちらの負担になりますか。", TurnActs.Question)]
    public void A_message_is_read_into_its_acts(string text, TurnActs act) => Assert.True(Read(text).Has(act), Read(text).Acts.ToString());

    [Theory]
    [InlineData("まだ発送されてへん", "not_shipped")]
    [InlineData("今日届いちゃった", "received")]
    [InlineData("うちに とどいとったって", "received")]
    [InlineData("はっそうずみ に なってるわ", "shipped")]
    [InlineData("my shoes come yesterday", "received")]
    public void Stages_are_read_as_customers_write_them(string text, string stage) => Assert.Equal(stage, Read(text).Turn.Stage);

    [Theory]
    [InlineData("ほかの おみせから こうた", "marketplace")]
    [InlineData("the shop is not amazon, is other shop", "marketplace")]
    [InlineData("アマゾンが売ってるやつ", "store")]
    public void Sellers_are_read_as_customers_write_them(string text, string seller) => Assert.Equal(seller, Read(text).Turn.Seller);

    [Fact]
    public void An_order_number_said_with_の_is_read() =>
        Assert.Equal("250-5102887-4409913", Read("ちゅうもんばんご250の5102887の4409913です").Turn.OrderNumber);

    [Fact]
    public void A_named_topic_out_of_scope_carries_its_label() =>
        Assert.Equal("points", Read("ポイントって戻ってくるん?").OutOfScopeTopic?.Id);

    [Fact]
    public void Stopping_an_order_is_cancelling_it_not_leaving() =>
        Assert.NotEqual(SupportIntents.Quit, Read("I need to stop an order, I don't want it anymore", "en-US").Turn.Intent);
}
