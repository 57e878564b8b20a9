namespace SupportBot.Bot.DirectLine.Tokens;

/// <summary>The outcome of reading a token.</summary>
public enum TokenStatus
{
    Valid,
    Malformed,
    BadSignature,
    Expired,
}
