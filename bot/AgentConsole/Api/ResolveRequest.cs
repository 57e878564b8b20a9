namespace SupportBot.Bot.AgentConsole.Api;

/// <summary>The body of POST /agent/api/tickets/{number}/resolve: how the conversation ended (optional).</summary>
public sealed record ResolveRequest(string? Disposition);
