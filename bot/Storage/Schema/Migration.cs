namespace SupportBot.Bot.Storage.Schema;

/// <summary>One schema step; versions are applied in ascending order and recorded in schema_version.</summary>
public sealed record Migration(int Version, string Description, string Sql);
