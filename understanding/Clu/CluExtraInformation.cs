namespace SupportBot.Understanding.Clu;

/// <summary>What CLU adds to an entity: ListKey (a list entity's canonical key), RegexKey or EntitySubtype.</summary>
public sealed record CluExtraInformation(string Kind, string? Key, string? Value)
{
    public const string ListKey = "ListKey";
    public const string RegexKey = "RegexKey";
    public const string EntitySubtype = "EntitySubtype";
}
