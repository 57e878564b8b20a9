namespace SupportBot.Bot.Storage;

/// <summary>Which database holds bot state, transcripts, tickets and the Direct Line activity log.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file: one instance, nothing to install.</summary>
    Sqlite,

    /// <summary>A shared PostgreSQL server: several bot instances.</summary>
    Postgres,
}
