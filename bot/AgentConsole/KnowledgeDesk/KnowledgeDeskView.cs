using SupportBot.Knowledge;

namespace SupportBot.Bot.AgentConsole.KnowledgeDesk;

/// <summary>What the knowledge page shows: the live state, and the result of the lead's last action, if any.</summary>
public sealed record KnowledgeDeskView(
    KnowledgeHealthReport Health,
    IReadOnlyList<string> Files,
    string RequestToken,
    string? Notice = null,
    IReadOnlyList<KnowledgeError>? TrialErrors = null,
    string? TrialFile = null,
    string? TrialText = null);
