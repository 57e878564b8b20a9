namespace SupportBot.Bot.Storage.Database;

/// <summary>The tables one concept owns; each concept registers its own with <c>AddSchema</c>.</summary>
public sealed record SchemaContribution(string Owner, IReadOnlyList<SchemaStep> Steps);
