namespace SupportBot.Bot.Escalation.Webhook;

/// <summary>Tickets waiting to be POSTed to the configured webhook; enqueueing never blocks a customer's turn.</summary>
public interface IWebhookOutbox
{
    void Enqueue(long ticketNumber);
}
