namespace SupportBot.Bot.AgentConsole.Desk;

/// <summary>What an agent's action did: done, no such ticket, or not possible in the ticket's state.</summary>
public enum DeskResult
{
    Done,
    NotFound,
    Conflict,
}
