using System.Text.Json.Serialization;

namespace SupportBot.Bot.DirectLine.Tokens;

/// <summary>What the page gets from POST /api/token: a token for a new conversation, and the user id it is bound to.</summary>
public sealed record PageToken(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
