namespace SupportBot.Bot.Hosting.Requests;

/// <summary>Why a door refused a request: the HTTP status and a one-line reason. Every reader returns its value or one of these.</summary>
public sealed record Refusal(int StatusCode, string Reason);
