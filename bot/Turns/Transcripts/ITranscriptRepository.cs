using SupportBot.Bot.Activities;

namespace SupportBot.Bot.Turns.Transcripts;

/// <summary>Conversation transcripts, as masked activity JSON in the order they were logged.</summary>
public interface ITranscriptRepository
{
    /// <summary>
    /// Stores a turn's activities in order after masking their PII, all or none (one transaction); each entry gets a
    /// sequence number increasing across the store.
    /// </summary>
    Task AppendRangeAsync(ConversationKey conversation, IReadOnlyList<UnmaskedTranscriptLine> lines, CancellationToken cancellationToken);

    /// <summary>The conversation's entries on its own channel only, in order.</summary>
    Task<IReadOnlyList<TranscriptEntry>> ReadAsync(ConversationKey conversation, CancellationToken cancellationToken);

    /// <summary>
    /// Every entry of the conversations whose first entry was recorded in [<paramref name="since"/>, <paramref name="until"/>),
    /// ordered by conversation, then sequence (whole conversations, even where they run past <paramref name="until"/>).
    /// </summary>
    Task<IReadOnlyList<TranscriptEntry>> ReadConversationsStartedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Deletes entries recorded before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
