namespace SupportBot.Bot.DirectLine.Streaming;

/// <summary>
/// The WebSocket URL of a conversation's stream. Browsers cannot put headers on a WebSocket, so the token rides
/// in the query (<c>t</c>), as Azure's Direct Line does; the secret never does.
/// </summary>
public static class StreamUrls
{
    public static string For(HttpRequest request, string conversationId, string token, string? watermark)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = $"?watermark={Uri.EscapeDataString(watermark ?? string.Empty)}&t={Uri.EscapeDataString(token)}";
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream{query}";
    }
}
