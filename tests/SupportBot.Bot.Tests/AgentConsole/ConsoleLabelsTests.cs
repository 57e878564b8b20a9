using SupportBot.Bot.AgentConsole.Pages;
using SupportBot.Knowledge;
using SupportBot.Testing.Hosting;

namespace SupportBot.Bot.Tests.AgentConsole;

/// <summary>Agents read rules as words taken from decision-rules.yaml, whatever shape the rule's id has.</summary>
public sealed class ConsoleLabelsTests
{
    private static readonly KnowledgeSnapshot Knowledge =
        KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Path, "knowledge", "content")).Snapshot!;

    [Fact]
    public void Every_decision_rule_reads_as_its_stage_seller_and_outcome()
    {
        foreach (var rule in Knowledge.Rules)
        {
            var label = ConsoleLabels.Rule(Knowledge, rule.Id)!;
            Assert.NotEqual(rule.Id, label);
            Assert.All(rule.Stages, stage => Assert.Contains(Knowledge.StageInfo(stage).Label.Ja, label, StringComparison.Ordinal));
            Assert.All(rule.Sellers, seller => Assert.Contains(Knowledge.SellerInfo(seller).Label.Ja, label, StringComparison.Ordinal));
        }

        Assert.Equal(
            $"{Knowledge.StageInfo(OrderStage.NotShipped).Label.Ja}・{Knowledge.SellerInfo(SellerType.Store).Label.Ja} → キャンセル",
            ConsoleLabels.Rule(Knowledge, "not-shipped-store"));
    }

    [Fact]
    public void Another_answers_id_stays_as_it_is() =>
        Assert.Equal("faq.refund-when", ConsoleLabels.Rule(Knowledge, "faq.refund-when"));
}
