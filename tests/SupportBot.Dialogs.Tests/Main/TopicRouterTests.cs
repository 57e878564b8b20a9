using SupportBot.Dialogs.Answering;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Slots;
using SupportBot.Testing.Knowledge;
using SupportBot.Understanding;

namespace SupportBot.Dialogs.Tests.Main;

/// <summary>
/// Where a message goes when the FAQ and a request both fit it: a request to look into the customer's own order, or
/// money said to be missing, opens the refund conversation; asking where to look stays the FAQ's.
/// </summary>
public sealed class TopicRouterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.FromHours(9));

    [Theory]
    [InlineData("返金の状況を調べてほしい", "ja-JP")]
    [InlineData("返金されてるか確認してください", "ja-JP")]
    [InlineData("please check my refund", "en-US")]
    [InlineData("where is my refund? it's been a week", "en-US")]
    public void A_request_to_look_into_the_refund_opens_the_refund_conversation(string text, string locale) =>
        Assert.Equal(SupportTopic.Refund, Route(text, locale));

    [Theory]
    [InlineData("返金状況はどこで確認できますか？", "ja-JP")]
    [InlineData("Where can I check my refund?", "en-US")]
    public void Asking_where_to_look_gets_the_faq(string text, string locale) =>
        Assert.Equal(SupportTopic.Faq, Route(text, locale));

    [Theory]
    [InlineData("where is my refund", true)]
    [InlineData("返金まだ？", true)]
    [InlineData("お金まだ戻ってこない", true)]
    [InlineData("where can I see my refund", false)]
    [InlineData("お金まだ戻ってこないけどどこで確認できる？", false)]
    [InlineData("返金はいつですか", false)]
    public void Own_money_missing_is_told_apart_from_where_to_look(string text, bool missing) =>
        Assert.Equal(missing, FaqMatcher.AsksWhereOwnMoneyIs(text));

    private static SupportTopic Route(string text, string locale)
    {
        var knowledge = RepositoryKnowledge.Instance.Current;
        var turn = RecognizedTurn.From(new OfflineRecognizer(RepositoryKnowledge.Instance).Recognize(text, locale, Now));
        return TopicRouter.Route(text, turn, knowledge);
    }
}
