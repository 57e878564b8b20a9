namespace SupportBot.Understanding.Clu;

/// <summary>Which deployment answers; offsets in UTF-16 code units so they index .NET strings directly.</summary>
internal sealed record CluRequestParameters(
    string ProjectName,
    string DeploymentName,
    string StringIndexType = "Utf16CodeUnit",
    bool Verbose = true);
