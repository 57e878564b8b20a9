namespace SupportBot.Bot.DirectLine.Tokens;

/// <summary>A signed token string with its grant and its lifetime in seconds (the protocol's expires_in).</summary>
public sealed record IssuedToken(string Value, DirectLineToken Grant, int ExpiresIn);
