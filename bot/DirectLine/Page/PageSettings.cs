using System.Text.Json.Serialization;

namespace SupportBot.Bot.DirectLine.Page;

/// <summary>What start.js and app.js need to render the page in one language: store, colour, Web Chat locale, texts, the longest message the bot reads, what to say when the chat cannot connect, and how a person's messages are signed ({name}).</summary>
public sealed record PageSettings(
    [property: JsonPropertyName("storeName")] string StoreName,
    [property: JsonPropertyName("primaryColor")] string PrimaryColor,
    [property: JsonPropertyName("locale")] string Locale,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("placeholder")] string Placeholder,
    [property: JsonPropertyName("maxMessageLength")] int MaxMessageLength,
    [property: JsonPropertyName("connectionFailed")] string ConnectionFailed,
    [property: JsonPropertyName("agentLabel")] string AgentLabel);
