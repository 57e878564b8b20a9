using SupportBot.Bot.Hosting.Requests;

namespace SupportBot.Bot.DirectLine.Tokens;

/// <summary>An authenticated caller, or the refusal to answer the request with.</summary>
public sealed record CallerCheck(DirectLineCaller? Caller, Refusal? Refusal)
{
    public static CallerCheck Refuse(int statusCode, string reason) => new(null, new Refusal(statusCode, reason));
}
