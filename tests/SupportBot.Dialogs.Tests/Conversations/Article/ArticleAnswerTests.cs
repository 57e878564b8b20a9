using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Conversations.Article;

/// <summary>
/// What a customer is told, checked against the article's own words (written out here, not read from the files): a lead's
/// edit that changed them, or a number the article does not give, fails these.
/// </summary>
public sealed class ArticleAnswerTests
{
    [Theory]
    [InlineData("クレジットカード", "3〜5営業日")]
    [InlineData("コンビニ・ATM払い", "1週間前後")]
    [InlineData("PayPay・電子マネー", "最短当日〜数日")]
    [InlineData("代金引換（代引き）", "1週間前後")]
    public async Task The_refund_timing_of_each_payment_method_is_given_in_the_article_s_words(string payment, string timing)
    {
        var conversation = new SupportConversation();
        await conversation.SayAsync("返金について");
        await conversation.SayAsync(payment);
        await conversation.SayAsync("ストア（直販）");
        if (payment.Contains("代引", StringComparison.Ordinal))
        {
            // Paid at delivery: only an item received was paid for, and that is asked first.
            await conversation.SayAsync("受取済み（もう届いた）");
        }

        var replies = await conversation.SayAsync("1日前");

        Assert.Contains(timing, Text(replies));
        Assert.DoesNotMatch(@"[0-9０-９]+\s*[〜~-]\s*[0-9０-９]+日(?!営業)", Text(replies).Replace("3〜5営業日", string.Empty, StringComparison.Ordinal));
        Assert.Null(Escalation(replies));
    }

    [Fact]
    public async Task A_paypay_refund_on_day_four_is_within_the_article_s_seven_days_and_not_escalated()
    {
        var replies = await new SupportConversation().SayAsync("ストアで買ってPayPayで払った注文の返金が4日前から来ない");

        Assert.Contains("最短当日〜数日", Text(replies));
        Assert.Null(Escalation(replies));
    }

    [Fact]
    public async Task An_overdue_refund_goes_to_a_person_who_looks_into_it_without_sending_the_customer_elsewhere()
    {
        var replies = await new SupportConversation().SayAsync("ストアで買ってクレジットカードで払った注文の返金が20日前から来ない");

        Assert.NotNull(Escalation(replies));
        Assert.Contains("担当者がお調べいたします", Text(replies));
        Assert.DoesNotContain("カスタマーサービス", Text(replies));
    }

    [Theory]
    [InlineData("発送前")]
    [InlineData("出荷準備中")]
    [InlineData("発送済み（まだ届いていない）")]
    public async Task A_cash_on_delivery_order_not_yet_received_has_nothing_to_refund(string stage)
    {
        var conversation = new SupportConversation();
        await conversation.SayAsync("注文をキャンセルしたい");
        await conversation.SayAsync("250-1234567-1234567");
        await conversation.SayAsync(stage);
        await conversation.SayAsync("ストア（直販）");

        var text = Text(await conversation.SayAsync("代金引換（代引き）"));

        Assert.Contains("返金はなく", text);
        Assert.DoesNotContain("1週間前後", text);
        Assert.DoesNotContain("銀行口座", text);
    }

    [Fact]
    public async Task A_cash_on_delivery_order_returned_after_delivery_is_refunded_to_a_bank_account()
    {
        var conversation = new SupportConversation();
        await conversation.SayAsync("注文をキャンセルしたい");
        await conversation.SayAsync("250-1234567-1234567");
        await conversation.SayAsync("受取済み（もう届いた）");
        await conversation.SayAsync("ストア（直販）");

        var text = Text(await conversation.SayAsync("代金引換（代引き）"));

        Assert.Contains("1週間前後", text);
        Assert.Contains("銀行口座", text);
    }

    [Fact]
    public async Task A_marketplace_refund_asked_on_the_refund_route_is_the_seller_s()
    {
        var conversation = new SupportConversation();
        await conversation.SayAsync("注文をキャンセルしたい");
        await conversation.SayAsync("250-1234567-1234567");
        await conversation.SayAsync("発送前");
        await conversation.SayAsync("マーケットプレイス出品者");

        var text = Text(await conversation.SayAsync("クレジットカード"));

        Assert.Contains("出品者", text);
        Assert.Contains("返金", text);
    }

    [Fact]
    public async Task A_marketplace_refund_asked_as_a_question_is_the_seller_s()
    {
        var text = Text(await new SupportConversation().SayAsync("返金はいつ、どのようにされますか？"));

        Assert.Contains("1週間前後", text);
        Assert.Contains("最短当日〜数日", text);
        Assert.Contains("マーケットプレイス", text);
        Assert.Contains("出品者", text);
    }

    [Theory]
    [InlineData("キャンセルを何回もするとアカウントが制限されますか？", "アカウントの利用制限")]
    [InlineData("発送された後はなぜキャンセルできないのですか？", "売買契約の履行が始まっている")]
    [InlineData("「注文をキャンセルしています」というメールはどういう意味ですか？", "「キャンセル済み」になっているか")]
    [InlineData("キャンセルしたのに反映されないのはなぜですか？", "発送完了通知の前に、早めにリクエストする")]
    public async Task The_article_s_answer_is_given_to_its_question(string question, string articleWords)
    {
        var replies = await new SupportConversation().SayAsync(question);

        Assert.Contains(articleWords, Text(replies));
        Assert.Null(Escalation(replies));
    }

    private static string Text(IEnumerable<IMessageActivity> replies) =>
        string.Join('\n', replies.Select(r => r.Text + string.Concat(r.Attachments?.Select(a => a.Content?.ToString()) ?? [])));

    private static Entity? Escalation(IEnumerable<IMessageActivity> replies) =>
        replies.Select(r => OutcomeEntities.Find(r, OutcomeEntities.EscalationType)).OfType<Entity>().FirstOrDefault();
}
