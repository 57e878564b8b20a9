namespace SupportBot.Bot.DirectLine.Tokens;

/// <summary>
/// What a token grants: one conversation, as one user, until <see cref="ExpiresAt"/>. <see cref="ChainStartedAt"/> is
/// when the first token of its refresh chain was issued: refreshes never carry a conversation past the maximum lifetime.
/// </summary>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt, DateTimeOffset ChainStartedAt);
