namespace SupportBot.Bot.DirectLine.Tokens;

/// <summary>A token's status and, when valid, its grant.</summary>
public sealed record TokenCheck(TokenStatus Status, DirectLineToken? Token);
