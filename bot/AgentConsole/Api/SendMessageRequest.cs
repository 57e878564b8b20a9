namespace SupportBot.Bot.AgentConsole.Api;

/// <summary>The body of POST /agent/api/tickets/{number}/messages.</summary>
public sealed record SendMessageRequest(string? Text);
