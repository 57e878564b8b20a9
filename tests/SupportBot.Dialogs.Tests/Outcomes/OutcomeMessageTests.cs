using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Tests.Recognition;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Tests.Outcomes;

public sealed class OutcomeMessageTests
{
    public static TheoryData<string, string, string> Decisions
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var stage in KnowledgeIds.Stages)
            {
                foreach (var seller in KnowledgeIds.Sellers)
                {
                    data.Add(KnowledgeIds.Id(stage), KnowledgeIds.Id(seller), "ja");
                    data.Add(KnowledgeIds.Id(stage), KnowledgeIds.Id(seller), "en");
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public void ForDecision_is_short_markdown_bubbles_understood_headline_steps_then_refund(string stageId, string sellerId, string language)
    {
        var knowledge = RepositoryKnowledge.Instance.Current;
        Assert.True(KnowledgeIds.TryParseStage(stageId, out var stage));
        Assert.True(KnowledgeIds.TryParseSeller(sellerId, out var seller));
        var decision = knowledge.Decide(stage, seller, PaymentMethod.ConvenienceAtm);

        var bubbles = OutcomeMessage.ForDecision(knowledge, decision, language);

        Assert.All(bubbles, b => Assert.Equal(TextFormatTypes.Markdown, b.TextFormat));
        Assert.All(bubbles, b => Assert.InRange(PlainText.Length(b.Text), 1, knowledge.Answers.BubbleChars));
        var text = string.Join("\n", bubbles.Select(b => b.Text));
        Assert.StartsWith(knowledge.StageInfo(stage).Label.For(language) is var label && language == "ja" ? label : "Got it", text, StringComparison.Ordinal);
        Assert.Contains("**" + decision.Rule.Headline.For(language) + "**", text, StringComparison.Ordinal);
        for (var i = 0; i < decision.Rule.Steps.Count; i++)
        {
            Assert.Contains($"{i + 1}. {decision.Rule.Steps[i].For(language)}", text, StringComparison.Ordinal);
        }

        // Cautions and if-it-fails wait behind their buttons.
        Assert.All(decision.Rule.Cautions, c => Assert.DoesNotContain(c.For(language), text, StringComparison.Ordinal));
        Assert.All(decision.Rule.IfFails, c => Assert.DoesNotContain(c.For(language), text, StringComparison.Ordinal));
        // A marketplace seller refunds by themselves: the store's timing and refund route would be wrong there.
        var refund = seller == SellerType.Marketplace
            ? knowledge.Marketplace.Refund.For(language)
            : knowledge.RefundTimingFor(PaymentMethod.ConvenienceAtm).RefundVia.For(language);
        Assert.Contains(refund, bubbles[^1].Text, StringComparison.Ordinal);
        var entity = Assert.Single(bubbles[0].Entities);
        Assert.Equal("supportbot/outcome", entity.Type);
        Assert.Equal(KnowledgeIds.Id(decision.Outcome), (string?)entity.Properties["outcome"]);
        Assert.Equal(decision.RuleId, (string?)entity.Properties["ruleId"]);
        Assert.Equal(knowledge.Version, (string?)entity.Properties["knowledgeVersion"]);
        Assert.All(bubbles.Skip(1), b => Assert.True(b.Entities is null || b.Entities.Count == 0));
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public void Details_hold_every_caution_and_if_fails_line_and_end_with_a_person_here(string stageId, string sellerId, string language)
    {
        var knowledge = RepositoryKnowledge.Instance.Current;
        Assert.True(KnowledgeIds.TryParseStage(stageId, out var stage));
        Assert.True(KnowledgeIds.TryParseSeller(sellerId, out var seller));
        var decision = knowledge.Decide(stage, seller, PaymentMethod.CreditCard);

        var composed = OutcomeComposer.Compose(knowledge, decision, language);

        var cautions = string.Join("\n", composed.Cautions.Select(b => b.Text));
        var ifFails = string.Join("\n", composed.IfFails.Select(b => b.Text));
        Assert.All(decision.Rule.Cautions, c => Assert.Contains("- " + c.For(language), cautions, StringComparison.Ordinal));
        Assert.All(decision.Rule.IfFails, c => Assert.Contains("- " + c.For(language), ifFails, StringComparison.Ordinal));
        Assert.EndsWith(knowledge.Text(MessageKeys.OutcomePersonOffer, language), ifFails, StringComparison.Ordinal);
        Assert.All(composed.All.SelectMany(b => b.Lines), line => Assert.Matches("^[a-z-]+\\.yaml#.+", line.Source));
    }

    [Theory]
    [InlineData("ja", "3〜5営業日")]
    [InlineData("en", "3 to 5 business days")]
    public void A_marketplace_card_refund_says_the_seller_refunds_and_the_card_company_days_after(string language, string days)
    {
        var knowledge = RepositoryKnowledge.Instance.Current;
        var decision = knowledge.Decide(OrderStage.NotShipped, SellerType.Marketplace, PaymentMethod.CreditCard);

        var text = string.Join("\n", OutcomeMessage.ForDecision(knowledge, decision, language).Select(b => b.Text));

        Assert.Contains(knowledge.Marketplace.Refund.For(language).Split('。', '.')[0], text, StringComparison.Ordinal);
        Assert.Contains(days, text, StringComparison.Ordinal);
    }
}
