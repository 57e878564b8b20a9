namespace SupportBot.Bot.AgentConsole.Api;

/// <summary>The body of POST /agent/api/tickets/{number}/transfer: the user name of the agent who takes it.</summary>
public sealed record TransferRequest(string? To);
