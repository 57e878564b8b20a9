namespace SupportBot.Bot.Storage.Housekeeping;

/// <summary>One table's retention: deletes what is older than its concept's setting. Each concept registers its own.</summary>
public interface IHousekeepingTask
{
    /// <summary>What is deleted, for the log ("idle conversation state").</summary>
    string Name { get; }

    /// <summary>Deletes what has passed its retention at <paramref name="now"/>; returns how many rows went.</summary>
    Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
