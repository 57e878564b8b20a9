namespace SupportBot.Bot.AgentConsole.Pages;

/// <summary>The "Store" section's time zone: the console shows every time as the store's staff read a clock.</summary>
public sealed class StoreTimeOptions
{
    public const string SectionName = "Store";

    /// <summary>An IANA time zone id; checked at start.</summary>
    public string TimeZone { get; set; } = "Asia/Tokyo";
}
