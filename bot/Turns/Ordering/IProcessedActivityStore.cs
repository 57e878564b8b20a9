namespace SupportBot.Bot.Turns.Ordering;

/// <summary>Remembers which activity ids a conversation has already had applied, so a redelivery is not applied twice.</summary>
public interface IProcessedActivityStore
{
    Task<bool> WasProcessedAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    Task MarkProcessedAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Forgets ids older than <paramref name="cutoff"/>; a channel never redelivers that late.</summary>
    Task<int> ForgetOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
