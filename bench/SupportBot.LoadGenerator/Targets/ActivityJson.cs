using System.Text.Json.Nodes;

namespace SupportBot.LoadGenerator.Targets;

/// <summary>Reading bot replies out of Bot Framework JSON.</summary>
public static class ActivityJson
{
    /// <summary>True when a bot message among <paramref name="activities"/> contains <paramref name="expect"/>.</summary>
    public static bool AnyBotTextContains(JsonArray? activities, string expect, string userId) =>
        activities is not null && activities.OfType<JsonObject>().Any(a => IsBotTextContaining(a, expect, userId));

    public static bool IsBotTextContaining(JsonObject activity, string expect, string userId) =>
        (string?)activity["type"] == "message"
        && (string?)activity["from"]?["id"] != userId
        && ((string?)activity["text"])?.Contains(expect, StringComparison.Ordinal) == true;
}
