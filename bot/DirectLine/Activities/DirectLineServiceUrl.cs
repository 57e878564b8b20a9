namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// The serviceUrl the bot sees on Direct Line activities: this host's own Direct Line base. Conversation
/// references keep it, so a proactive message to the conversation later is recognised and logged too.
/// </summary>
public static class DirectLineServiceUrl
{
    public const string BasePath = "/v3/directline/";

    public static string For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{BasePath}";
    }

    public static bool IsDirectLine(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.AbsolutePath.EndsWith(BasePath, StringComparison.Ordinal);
}
