using System.Text.Json.Serialization;

namespace SupportBot.Bot.DirectLine.Conversations;

/// <summary>The Direct Line Conversation object (start, reconnect, token generate and refresh).</summary>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl);
