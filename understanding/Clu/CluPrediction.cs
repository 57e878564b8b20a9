using System.Text.Json;

namespace SupportBot.Understanding.Clu;

/// <summary>
/// CLU's answer for one utterance. For an orchestration project, <see cref="Intents"/> are the targets, or the
/// intents of the top target's conversation project when it answered with one.
/// </summary>
public sealed record CluPrediction(
    string Query,
    string ProjectKind,
    string TopIntent,
    IReadOnlyList<CluIntent> Intents,
    IReadOnlyList<CluEntity> Entities,
    JsonElement Raw)
{
    public const string ConversationKind = "Conversation";
    public const string OrchestrationKind = "Orchestration";

    /// <summary>The score of <see cref="TopIntent"/>.</summary>
    public double TopScore => Intents.FirstOrDefault(i => i.Category == TopIntent)?.ConfidenceScore ?? 0;
}
