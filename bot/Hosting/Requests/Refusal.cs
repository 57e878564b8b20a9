using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Hosting.Requests;

/// <summary>
/// Why a door refused a request: the HTTP status and a one-line reason. Every reader returns its value or one of these.
/// <see cref="TellInChat"/> is set when the refused activity came from a tester's client on this machine, whose chat can
/// show the reason (a client that only logs status codes would otherwise show an empty chat).
/// </summary>
public sealed record Refusal(int StatusCode, string Reason)
{
    public Activity? TellInChat { get; init; }
}
