namespace SupportBot.Bot.Hosting.Requests;

/// <summary>The one reading of <c>Authorization: Bearer &lt;value&gt;</c> for every door (Bot Connector, Direct Line, rate limits).</summary>
public static class BearerHeader
{
    private const string Scheme = "Bearer ";

    /// <summary>The value after "Bearer " (any case), or null when the header is absent, of another scheme, empty or has inner spaces.</summary>
    public static string? Read(string? header)
    {
        if (header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var value = header.AsSpan(Scheme.Length).Trim();
        return value.Length == 0 || value.ContainsAny(" \t\r\n") ? null : value.ToString();
    }
}
