using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Tests.TestSupport;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Tests.Conversations.Article;

/// <summary>
/// Answers the article supports, reached as customers ask them: the seller who does not reply, cancelling versus a
/// cancellation request, an opened box, a fee; an angry customer; a fact given in the same message never asked again.
/// </summary>
public sealed class AnswerReachTests
{
    [Theory]
    [InlineData("ja-JP", "出品者から返信がないのですが、どうすればいいですか？")]
    [InlineData("ja-JP", "出品者に連絡したけど返事が来ない")]
    [InlineData("en-US", "The seller hasn't replied, what do I do?")]
    public async Task A_seller_who_does_not_reply_gets_the_article_s_advice_and_a_person(string locale, string message)
    {
        var conversation = new SupportConversation(locale);
        var language = locale[..2];
        var knowledge = conversation.Knowledge.Current;

        var replies = Text(await conversation.SayAsync(message));

        var rule = knowledge.Text(MessageKeys.MarketplaceSilenceRule, language, ("contacts", "2"), ("hours", knowledge.Marketplace.RecontactAfterHours.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(rule, replies, StringComparison.Ordinal);
        var yes = await conversation.SayAsync(knowledge.Text(MessageKeys.CommonYes, language));
        Assert.Contains(yes, r => OutcomeEntities.Find(r, OutcomeEntities.EscalationType) is not null);
    }

    [Theory]
    [InlineData("注文キャンセルとキャンセルリクエストの違いは何ですか？")]
    [InlineData("キャンセルとキャンセルリクエストって何が違うの")]
    public async Task Cancelling_versus_a_cancellation_request_is_explained_in_the_article_s_terms(string question)
    {
        var replies = Text(await new SupportConversation().SayAsync(question));

        Assert.Contains("直接取り消す", replies, StringComparison.Ordinal);
        Assert.Contains("申請", replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("開封しちゃったけど返品できますか？")]
    [InlineData("箱を開けてしまった商品でも返品できる？")]
    public async Task An_opened_box_is_answered_with_the_unopened_and_policy_conditions(string question)
    {
        var replies = Text(await new SupportConversation().SayAsync(question));

        Assert.Contains("開封前", replies, StringComparison.Ordinal);
        Assert.Contains("返品ポリシーの条件内", replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja-JP", "キャンセル料はかかりますか？", "送料")]
    [InlineData("ja-JP", "キャンセルするのに手数料とられる？", "送料")]
    [InlineData("en-US", "Is there a fee to cancel?", "shipping")]
    public async Task A_fee_question_gets_no_invented_fee_the_shipping_caveat_and_a_person(string locale, string question, string shipping)
    {
        var replies = Text(await new SupportConversation(locale).SayAsync(question));

        Assert.Contains(shipping, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("ペナルティは基本", replies, StringComparison.Ordinal);
        Assert.Contains(locale == "en-US" ? "person" : "担当者", replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("最悪…返金されないんだけど、ふざけてるの？")]
    [InlineData("何度も言ってるけど返金されない！もう10日たってる")]
    public async Task An_angry_customer_gets_an_apology_and_a_person_before_anything_else(string message)
    {
        var conversation = new SupportConversation();
        var knowledge = conversation.Knowledge.Current;

        var replies = await conversation.SayAsync(message);

        Assert.Contains("申し訳", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("担当者", Text(replies), StringComparison.Ordinal);
        Assert.DoesNotContain(knowledge.Text(MessageKeys.RefundAskWhen, "ja"), Text(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Days_given_with_the_complaint_are_not_asked_again_on_the_way_to_the_answer()
    {
        var conversation = new SupportConversation();
        var knowledge = conversation.Knowledge.Current;
        var said = new List<IMessageActivity>();

        said.AddRange(await conversation.SayAsync("何度も言ってるけど返金されない！もう10日たってる"));
        for (var i = 0; i < 4 && !said.Any(r => OutcomeEntities.Find(r, OutcomeEntities.EscalationType) is not null); i++)
        {
            var last = said[^1];
            var button = last.SuggestedActions?.Actions?.FirstOrDefault()?.Value?.ToString();
            Assert.NotNull(button);
            said.AddRange(await conversation.SayAsync(button!));
        }

        Assert.DoesNotContain(knowledge.Text(MessageKeys.RefundAskWhen, "ja"), Text(said), StringComparison.Ordinal);
    }

    private static string Text(IEnumerable<IMessageActivity> replies) => string.Join("\n", replies.Select(r => r.Text));
}
