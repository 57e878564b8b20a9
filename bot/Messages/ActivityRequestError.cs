namespace SupportBot.Bot.Messages;

/// <summary>Why a request was refused at the door: an HTTP status and a one-line reason.</summary>
public sealed record ActivityRequestError(int StatusCode, string Reason);
