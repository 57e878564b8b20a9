using SupportBot.Understanding;

namespace SupportBot.Dialogs.Tests.Recognition;

public sealed class VocabularyEntityExtractorTests
{
    private static readonly VocabularyEntityExtractor Extractor = new(RepositoryKnowledge.Instance.Current.Vocabulary);

    public static TheoryData<string, string, string> Found => new()
    {
        { "発送済みです", SupportEntities.Stage, "shipped" },
        { "もう届いた", SupportEntities.Stage, "received" },
        { "まだ発送されてない", SupportEntities.Stage, "not_shipped" },
        { "出荷準備中になってる", SupportEntities.Stage, "preparing" },
        { "ｼｭｯｶｼﾞｭﾝﾋﾞﾁｭｳ", SupportEntities.Stage, "preparing" },
        { "it hasn't shipped yet", SupportEntities.Stage, "not_shipped" },
        { "already shipped", SupportEntities.Stage, "shipped" },
        { "it was delivered", SupportEntities.Stage, "received" },
        { "マケプレの出品者から", SupportEntities.Seller, "marketplace" },
        { "ストア直販です", SupportEntities.Seller, "store" },
        { "sold by a third-party seller", SupportEntities.Seller, "marketplace" },
        { "クレカ払い", SupportEntities.PaymentMethod, "credit_card" },
        { "ｸﾚｼﾞｯﾄｶｰﾄﾞ", SupportEntities.PaymentMethod, "credit_card" },
        { "コンビニで払った", SupportEntities.PaymentMethod, "convenience_atm" },
        { "paid at a convenience store", SupportEntities.PaymentMethod, "convenience_atm" },
        { "ＰａｙＰａｙ", SupportEntities.PaymentMethod, "e_money" },
        { "代引きです", SupportEntities.PaymentMethod, "cash_on_delivery" },
        { "cash on delivery", SupportEntities.PaymentMethod, "cash_on_delivery" },
        { "まだ発送していないです", SupportEntities.Stage, "not_shipped" },
        { "まだ届いとらん、発送もまだっぽい", SupportEntities.Stage, "not_shipped" },
        { "the page still says it has not been dispatched", SupportEntities.Stage, "not_shipped" },
        { "あとカードじゃねかったセブンで払ったんだった", SupportEntities.PaymentMethod, "convenience_atm" },
        { "支払いはコンビニ払いを選択しましたが、まだ支払っておりません", SupportEntities.PaymentMethod, "unknown" },
        { "代引きでまだ払ってない", SupportEntities.PaymentMethod, "cash_on_delivery" },
        { "PayPayじゃね？クレカはあんまり使わんし", SupportEntities.PaymentMethod, "e_money" },
        { "クレジットカードで払ったけど違う商品が届いた。返金はPayPayにできますか", SupportEntities.PaymentMethod, "credit_card" },
        { "コンビニで払ったのに、まだ払っていないことになってる", SupportEntities.PaymentMethod, "convenience_atm" },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Find_maps_customer_words_to_the_knowledge_ids(string text, string key, string id)
    {
        var found = Extractor.Find(FoldedText.From(text).Value);

        Assert.Equal(id, Assert.Single(found, m => m.Key == key).Value);
    }

    [Fact]
    public void Find_lets_a_longer_phrase_of_another_kind_win_over_a_shorter_one_inside_it()
    {
        var found = Extractor.Find(FoldedText.From("paid at a convenience store").Value);

        Assert.DoesNotContain(found, m => m.Key == SupportEntities.Seller);
    }

    [Fact]
    public void Find_reads_every_entity_of_one_utterance()
    {
        var found = Extractor.Find(FoldedText.From("マケプレで買ってコンビニ払い、もう発送済み").Value);

        Assert.Equal(
            ["marketplace", "convenience_atm", "shipped"],
            new[] { SupportEntities.Seller, SupportEntities.PaymentMethod, SupportEntities.Stage }.Select(k => found.Single(m => m.Key == k).Value));
    }
}
