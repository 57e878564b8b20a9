using System.Data.Common;

namespace SupportBot.Bot.Turns.Ordering;

/// <summary>
/// Remembers which activities a conversation has already had applied, with the replies they produced, so a
/// redelivery is neither applied twice nor left without its answer.
/// </summary>
public interface IProcessedActivityStore
{
    /// <summary>The turn recorded for this activity, or null when it was never applied.</summary>
    Task<ProcessedTurn?> FindAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Records the applied activity and its replies, not yet delivered, in the caller's transaction (the turn's commit).</summary>
    Task RecordAsync(DbConnection connection, DbTransaction transaction, string conversationId, string activityId, IReadOnlyList<string> replies, CancellationToken cancellationToken);

    /// <summary>Notes that the replies reached the channel; their text is not kept any longer than that.</summary>
    Task MarkDeliveredAsync(string conversationId, string activityId, bool keepReplies, CancellationToken cancellationToken);

    /// <summary>
    /// Drops the kept replies of delivered turns processed before <paramref name="cutoff"/>: a channel redelivers within
    /// minutes, and the ids alone keep stopping a late repeat. Returns the turns trimmed.
    /// </summary>
    Task<int> DropRepliesOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Forgets ids older than <paramref name="cutoff"/>; a channel never redelivers that late.</summary>
    Task<int> ForgetOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
