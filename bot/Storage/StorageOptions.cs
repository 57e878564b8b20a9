namespace SupportBot.Bot.Storage;

/// <summary>The "Storage" section of appsettings.json.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite file; a relative path is resolved against the content root.</summary>
    public string SqlitePath { get; set; } = "data/supportbot.db";

    public string? PostgresConnectionString { get; set; }

    /// <summary>Transcripts older than this are deleted.</summary>
    public int TranscriptRetentionDays { get; set; } = 30;

    /// <summary>The stored state of a conversation nobody wrote to for this long is deleted (it holds order numbers and answers).</summary>
    public int IdleStateRetentionDays { get; set; } = 30;
}
