namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>Who wrote a ticket message.</summary>
public static class TicketSenders
{
    public const string Customer = "customer";
    public const string Agent = "agent";
    public const string System = "system";
}
