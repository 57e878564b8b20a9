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
    public void ForDecision_is_one_markdown_message_with_numbered_steps_cautions_timing_and_if_fails(string stageId, string sellerId, string language)
    {
        var knowledge = RepositoryKnowledge.Instance.Current;
        Assert.True(KnowledgeIds.TryParseStage(stageId, out var stage));
        Assert.True(KnowledgeIds.TryParseSeller(sellerId, out var seller));
        var decision = knowledge.Decide(stage, seller, PaymentMethod.ConvenienceAtm);

        var message = OutcomeMessage.ForDecision(knowledge, decision, language);

        Assert.Equal(TextFormatTypes.Markdown, message.TextFormat);
        Assert.StartsWith("**" + decision.Rule.Headline.For(language) + "**", message.Text, StringComparison.Ordinal);
        for (var i = 0; i < decision.Rule.Steps.Count; i++)
        {
            Assert.Contains($"{i + 1}. {decision.Rule.Steps[i].For(language)}", message.Text, StringComparison.Ordinal);
        }

        Assert.All(decision.Rule.Cautions, c => Assert.Contains("- " + c.For(language), message.Text, StringComparison.Ordinal));
        Assert.All(decision.Rule.IfFails, c => Assert.Contains("- " + c.For(language), message.Text, StringComparison.Ordinal));
        // A marketplace seller refunds by themselves: the store's timing and refund route would be wrong there.
        var refund = seller == SellerType.Marketplace
            ? OutcomeMessage.MarketplaceRefundLine(knowledge, language)
            : knowledge.RefundTimingFor(PaymentMethod.ConvenienceAtm).RefundVia.For(language);
        Assert.Contains(refund, message.Text, StringComparison.Ordinal);
        var entity = Assert.Single(message.Entities);
        Assert.Equal("supportbot/outcome", entity.Type);
        Assert.Equal(KnowledgeIds.Id(decision.Outcome), (string?)entity.Properties["outcome"]);
        Assert.Equal(decision.RuleId, (string?)entity.Properties["ruleId"]);
        Assert.Equal(knowledge.Version, (string?)entity.Properties["knowledgeVersion"]);
    }
}
