using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Tests.TestSupport;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Tests.Outcomes;

/// <summary>
/// The walks a support lead signs off: every stage × seller × payment in Japanese and eight in English, played as a
/// customer to the outcome. Each checks the outcome, the refund line for its payment and seller, the lengths a phone
/// shows, that nothing sends the customer elsewhere, and what waits behind the buttons.
/// </summary>
public sealed partial class OutcomeWalkTests
{
    public static TheoryData<string, string, string, string> Walks
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            foreach (var stage in KnowledgeIds.Stages)
            {
                foreach (var seller in KnowledgeIds.Sellers)
                {
                    foreach (var payment in KnowledgeIds.Payments)
                    {
                        data.Add(KnowledgeIds.Id(stage), KnowledgeIds.Id(seller), KnowledgeIds.Id(payment), "ja");
                    }

                    // English: one payment per stage × seller, turning through them so each is walked.
                    var english = KnowledgeIds.Payments[((int)stage + (int)seller) % KnowledgeIds.Payments.Count];
                    data.Add(KnowledgeIds.Id(stage), KnowledgeIds.Id(seller), KnowledgeIds.Id(english), "en");
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task A_walk_to_the_outcome_is_short_right_for_the_payment_and_keeps_the_customer_here(string stageId, string sellerId, string paymentId, string language)
    {
        Assert.True(KnowledgeIds.TryParseStage(stageId, out var stage));
        Assert.True(KnowledgeIds.TryParseSeller(sellerId, out var seller));
        Assert.True(KnowledgeIds.TryParsePayment(paymentId, out var payment));
        var conversation = new SupportConversation(language == "en" ? "en-US" : "ja-JP");
        var knowledge = conversation.Knowledge.Current;
        var asked = new List<IMessageActivity>();

        asked.AddRange(await conversation.SayAsync(language == "en" ? "I want to cancel an order" : "注文をキャンセルしたい"));
        asked.AddRange(await conversation.SayAsync("250-1234567-1234567"));
        asked.AddRange(await conversation.SayAsync(knowledge.StageInfo(stage).Label.For(language)));
        var outcome = await conversation.SayAsync(knowledge.SellerInfo(seller).Label.For(language));
        var paymentAsked = Says(outcome, knowledge.Text(MessageKeys.CancelAskPayment, language));
        // A marketplace seller refunds a return by themselves: the payment changes nothing, so it is not asked.
        Assert.Equal(!(stage == OrderStage.Received && seller == SellerType.Marketplace), paymentAsked);
        if (paymentAsked)
        {
            outcome = await conversation.SayAsync(knowledge.RefundTimingFor(payment).Label.For(language));
        }

        var decision = knowledge.Decide(stage, seller, paymentAsked ? payment : null);
        var entity = Assert.Single(outcome.Select(r => OutcomeEntities.Find(r, OutcomeEntities.OutcomeType)).OfType<Entity>());
        Assert.Equal(decision.RuleId, (string?)entity.Properties["ruleId"]);
        Assert.Equal(KnowledgeIds.Id(decision.Outcome), (string?)entity.Properties["outcome"]);

        var text = string.Join("\n", outcome.Select(r => r.Text));
        var refund = OutcomeComposer.RefundLines(knowledge, decision.Payment, decision.Outcome, seller, language);
        Assert.All(refund, line => Assert.Contains(line.Text, text, StringComparison.Ordinal));
        var paidAtDelivery = decision.Payment is { } p && knowledge.RefundTimingFor(p).PaidAtDelivery;
        if (paidAtDelivery && stage != OrderStage.Received)
        {
            Assert.Contains(knowledge.Text(MessageKeys.RefundNothingPaid, language, ("payment", knowledge.RefundTimingFor(payment).Label.For(language))), text, StringComparison.Ordinal);
            Assert.DoesNotContain(knowledge.RefundTimingFor(payment).Expected.For(language), text, StringComparison.Ordinal);
        }

        // A phone: no bubble over the limit, the whole turn (its question included) within the turn's limit.
        Assert.All(outcome, r => Assert.InRange(PlainText.Length(r.Text), 1, knowledge.Answers.BubbleChars));
        Assert.InRange(outcome.Sum(r => PlainText.Length(r.Text)), 1, knowledge.Answers.TurnChars);
        Assert.All(asked.Concat(outcome), r => Assert.DoesNotMatch(SendAway(), r.Text ?? string.Empty));

        // Behind the buttons: the cautions, then if it does not work with a person here; "no" goes to a person.
        var cautions = await conversation.SayAsync(knowledge.Text(MessageKeys.OutcomeShowCautions, language));
        Assert.All(decision.Rule.Cautions, c => Assert.Contains(c.For(language), Joined(cautions), StringComparison.Ordinal));
        Assert.True(Says(cautions, knowledge.Text(MessageKeys.CommonDidThatSolve, language)));
        var ifFails = await conversation.SayAsync(knowledge.Text(MessageKeys.OutcomeShowIfFails, language));
        Assert.All(decision.Rule.IfFails, c => Assert.Contains(c.For(language), Joined(ifFails), StringComparison.Ordinal));
        Assert.Contains(knowledge.Text(MessageKeys.OutcomePersonOffer, language), Joined(ifFails), StringComparison.Ordinal);
        Assert.All(cautions.Concat(ifFails), r => Assert.DoesNotMatch(SendAway(), r.Text ?? string.Empty));
        var no = await conversation.SayAsync(knowledge.Text(MessageKeys.CommonNo, language));
        Assert.True(
            no.Any(r => OutcomeEntities.Find(r, OutcomeEntities.EscalationType) is not null) || Says(no, knowledge.Text(MessageKeys.MarketplaceAskSilent, language)),
            "「いいえ」 should lead to a person: " + Joined(no));
    }

    private static bool Says(IEnumerable<IMessageActivity> replies, string text) =>
        replies.Any(r => r.Text?.Contains(text, StringComparison.Ordinal) == true);

    private static string Joined(IEnumerable<IMessageActivity> replies) => string.Join("\n", replies.Select(r => r.Text));

    [GeneratedRegex("カスタマー(サービス|サポート)(に|へ)[^。]*(問い?合わせ|連絡|相談)|contact customer (service|support)", RegexOptions.IgnoreCase)]
    private static partial Regex SendAway();
}
