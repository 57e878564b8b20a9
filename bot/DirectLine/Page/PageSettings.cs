using System.Text.Json.Serialization;

namespace SupportBot.Bot.DirectLine.Page;

/// <summary>What app.js needs to render the page in one language: store, colour, Web Chat locale, texts, and the longest message the bot reads.</summary>
public sealed record PageSettings(
    [property: JsonPropertyName("storeName")] string StoreName,
    [property: JsonPropertyName("primaryColor")] string PrimaryColor,
    [property: JsonPropertyName("locale")] string Locale,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("placeholder")] string Placeholder,
    [property: JsonPropertyName("maxMessageLength")] int MaxMessageLength);
