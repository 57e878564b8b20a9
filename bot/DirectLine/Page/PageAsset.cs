namespace SupportBot.Bot.DirectLine.Page;

/// <summary>
/// One file of the customer page as it is sent: its bytes as is, Brotli and gzip, and a hash of its content that
/// names this version in its URL (/assets/{hash}/{path}) so that URL can be cached for good.
/// </summary>
public sealed record PageAsset(
    string Path,
    string Hash,
    string ContentType,
    byte[] Identity,
    byte[] Brotli,
    byte[] Gzip,
    long SourceLength,
    DateTime SourceWrittenUtc)
{
    public string Url => "/assets/" + Hash + "/" + Path;
}
