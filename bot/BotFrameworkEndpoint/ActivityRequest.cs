using Microsoft.Bot.Schema;

namespace SupportBot.Bot.BotFrameworkEndpoint;

/// <summary>An activity that passed the door checks, with the Authorization header it came with.</summary>
public sealed record ActivityRequest(Activity Activity, string? AuthorizationHeader);
