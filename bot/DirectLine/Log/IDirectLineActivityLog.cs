namespace SupportBot.Bot.DirectLine.Log;

/// <summary>
/// The activities of each Direct Line conversation, numbered 1, 2, 3... per conversation with no gaps and no
/// duplicates, even with concurrent appends from several processes. A client's watermark is the last number it saw.
/// </summary>
public interface IDirectLineActivityLog
{
    /// <summary>Appends and returns the activity's sequence number.</summary>
    Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken cancellationToken);

    /// <summary>
    /// Appends several activities in one transaction, numbered consecutively in the order given; returns the first's
    /// sequence number (the others follow it). Either all are appended or none.
    /// </summary>
    Task<long> AppendRangeAsync(string conversationId, IReadOnlyList<string> activityJsons, CancellationToken cancellationToken);

    /// <summary>
    /// Appends a customer's posted activity (the first of <paramref name="activityJsons"/>) and what goes with it,
    /// unless the conversation already holds an activity posted with the same <paramref name="clientKey"/>: then
    /// nothing is appended and that activity is returned, so a client's retry is answered with the original. A
    /// conversation already holding <paramref name="maxActivities"/> activities takes no more posts.
    /// </summary>
    Task<LogAppend> AppendPostedAsync(string conversationId, string clientKey, IReadOnlyList<string> activityJsons, long maxActivities, CancellationToken cancellationToken);

    /// <summary>Activities logged since <paramref name="since"/> with the given role in their sender, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<(string ConversationId, string ActivityJson)>> ReadRecentAsync(DateTimeOffset since, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Activities with a sequence above <paramref name="watermark"/>, ascending: at most <paramref name="max"/>, and
    /// no more once their JSON reaches <paramref name="maxBytes"/> (always at least one, so a reader moves on).
    /// </summary>
    Task<IReadOnlyList<LoggedActivity>> ReadAfterAsync(string conversationId, long watermark, int max, int maxBytes, CancellationToken cancellationToken);

    /// <summary>Deletes conversations whose newest activity is older than <paramref name="cutoff"/>, with all their activities; returns the activities deleted.</summary>
    Task<int> DeleteConversationsIdleSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
