using SupportBot.Knowledge;

namespace SupportBot.Bot.AgentConsole.Pages;

/// <summary>How a conversation with a person ended: the outcomes the knowledge base knows, plus "other".</summary>
public static class Dispositions
{
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [.. KnowledgeIds.Outcomes.Where(o => o != Outcome.Escalate).Select(KnowledgeIds.Id), Other];

    public static bool IsKnown(string? id) => id is not null && All.Contains(id, StringComparer.Ordinal);

    public static string Label(string id) => id switch
    {
        "cancel" => "キャンセルした / Cancelled",
        "refuse_delivery" => "受取拒否を案内 / Refuse delivery",
        "return" => "返品を案内 / Return",
        "info" => "ご案内のみ / Information only",
        Other => "その他 / Other",
        _ => id,
    };
}
