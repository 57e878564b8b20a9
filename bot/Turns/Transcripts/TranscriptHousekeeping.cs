using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Housekeeping;

namespace SupportBot.Bot.Turns.Transcripts;

/// <summary>Deletes (masked) transcript lines older than Storage:TranscriptRetentionDays.</summary>
public sealed class TranscriptHousekeeping(ITranscriptRepository transcripts, IOptions<StorageOptions> options) : IHousekeepingTask
{
    public string Name => "transcripts";

    public Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        transcripts.DeleteOlderThanAsync(now.AddDays(-options.Value.TranscriptRetentionDays), cancellationToken);
}
