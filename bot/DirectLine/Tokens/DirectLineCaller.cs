namespace SupportBot.Bot.DirectLine.Tokens;

/// <summary>Who is calling: the secret holder (any conversation) or a token holder (its one conversation).</summary>
public sealed record DirectLineCaller(bool HasSecret, DirectLineToken? Token, string? TokenValue = null)
{
    public bool CanAccess(string conversationId) => HasSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);

    /// <summary>The user this caller speaks as: the token's, or (secret) whoever the activity says.</summary>
    public string? BoundUserId => Token?.UserId is { Length: > 0 } user ? user : null;
}
