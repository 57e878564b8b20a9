namespace SupportBot.Understanding.Clu;

/// <summary>An entity CLU found; offset and length count UTF-16 code units, as the request asks.</summary>
public sealed record CluEntity(
    string Category,
    string Text,
    int Offset,
    int Length,
    double ConfidenceScore,
    IReadOnlyList<CluExtraInformation> ExtraInformation)
{
    /// <summary>The canonical key of a list entity (the knowledge base's id), when CLU matched a list.</summary>
    public string? ListKey =>
        ExtraInformation.FirstOrDefault(e => e.Kind == CluExtraInformation.ListKey && !string.IsNullOrEmpty(e.Key))?.Key;
}
