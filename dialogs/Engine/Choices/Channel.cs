namespace SupportBot.Dialogs.Engine.Choices;

/// <summary>What each channel can render.</summary>
public static class Channel
{
    private static readonly Dictionary<string, int> SuggestedActionLimits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["emulator"] = 100,
        ["directline"] = 100,
        ["directlinespeech"] = 100,
        ["webchat"] = 100,
        ["facebook"] = 10,
        ["skype"] = 10,
        ["line"] = 13,
        ["kik"] = 20,
        ["telegram"] = 100,
        ["slack"] = 100,
        // Teams shows suggested actions in every scope but only the first three of them.
        ["msteams"] = 3,
    };

    public static bool SupportsSuggestedActions(string? channelId, int buttonCount = 100) =>
        channelId is not null
        && SuggestedActionLimits.TryGetValue(channelId, out var limit)
        && buttonCount <= limit;
}
