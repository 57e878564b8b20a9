using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Agent.Console;

/// <summary>What agents read instead of ids: reasons and rules from the knowledge files, states and resolutions in words.</summary>
public static class ConsoleLabels
{
    public static string State(TicketState state) => state switch
    {
        TicketState.Queued => "待ち / Waiting",
        TicketState.Assigned => "対応中 / In progress",
        _ => "解決 / Resolved",
    };

    public static string? Resolution(string? resolution) => resolution switch
    {
        null => null,
        TicketResolution.Resolved => "担当者が解決 / Resolved by an agent",
        TicketResolution.Withdrawn => "お客様が取り消し / Withdrawn by the customer",
        TicketResolution.Lapsed => "応答なしで終了 / Lapsed (no answer)",
        TicketResolution.HandoffCompleted => "外部窓口で完了 / Completed by the agent hub",
        _ => resolution,
    };

    /// <summary>The reason's "when" from escalation.yaml (Japanese), or the id when the file has no such reason.</summary>
    public static string Reason(KnowledgeSnapshot knowledge, string reason)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return KnowledgeIds.TryParseTrigger(reason, out var trigger) && knowledge.Escalation.Rules.TryGetValue(trigger, out var rule)
            ? rule.When.Ja
            : reason;
    }

    /// <summary>"発送済み・ストア（直販） → 受取拒否" from a rule id "shipped-store → refuse_delivery"; unknown parts stay as they are.</summary>
    public static string? Rule(KnowledgeSnapshot knowledge, string? ruleId)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (string.IsNullOrEmpty(ruleId))
        {
            return ruleId;
        }

        var arrow = ruleId.IndexOf('→', StringComparison.Ordinal);
        var situation = (arrow < 0 ? ruleId : ruleId[..arrow]).Trim();
        var outcome = arrow < 0 ? null : ruleId[(arrow + 1)..].Trim();
        var dash = situation.LastIndexOf('-');
        var words = new List<string>();
        if (dash > 0 && KnowledgeIds.TryParseStage(situation[..dash], out var stage) && KnowledgeIds.TryParseSeller(situation[(dash + 1)..], out var seller))
        {
            words.Add($"{knowledge.StageInfo(stage).Label.Ja}・{knowledge.SellerInfo(seller).Label.Ja}");
        }
        else
        {
            words.Add(situation);
        }

        if (outcome is not null)
        {
            words.Add(KnowledgeIds.TryParseOutcome(outcome, out var result) ? OutcomeLabel(result) : outcome);
        }

        return string.Join(" → ", words);
    }

    private static string OutcomeLabel(Outcome outcome) => outcome switch
    {
        Outcome.Cancel => "キャンセル",
        Outcome.RefuseDelivery => "受取拒否",
        Outcome.Return => "返品",
        Outcome.Escalate => "担当者へ",
        _ => outcome.ToString(),
    };
}
