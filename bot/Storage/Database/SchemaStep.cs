namespace SupportBot.Bot.Storage.Database;

/// <summary>
/// One schema change, written for both databases side by side. Versions are one sequence across every concept's
/// steps and are recorded in schema_version; never edit a shipped step: add one with the next free version.
/// </summary>
public sealed record SchemaStep(int Version, string Description, string Sqlite, string Postgres)
{
    public string SqlFor(StorageProvider provider) => provider == StorageProvider.Postgres ? Postgres : Sqlite;
}
