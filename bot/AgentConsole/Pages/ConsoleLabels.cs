using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Knowledge;

namespace SupportBot.Bot.AgentConsole.Pages;

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

    /// <summary>
    /// "発送済み（まだ届いていない）・ストア（直販） → 受取拒否" for a decision rule's id, from that rule in
    /// decision-rules.yaml; another answer's id (an FAQ entry, a procedure) stays as it is.
    /// </summary>
    public static string? Rule(KnowledgeSnapshot knowledge, string? ruleId)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (knowledge.Rules.FirstOrDefault(r => r.Id == ruleId) is not { } rule)
        {
            return ruleId;
        }

        var stages = string.Join("／", rule.Stages.Select(stage => knowledge.StageInfo(stage).Label.Ja));
        var sellers = string.Join("／", rule.Sellers.Select(seller => knowledge.SellerInfo(seller).Label.Ja));
        return $"{stages}・{sellers} → {OutcomeLabel(rule.Outcome)}";
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
