using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.DirectLine.Tokens;
using SupportBot.Bot.Hosting.Requests;

namespace SupportBot.Bot.RateLimiting;

/// <summary>
/// The limiter for the channel endpoints: a fixed one-minute window per client address on /api/messages
/// and /v3/directline, chained with one per Direct Line token. Other paths (the page, /healthz) are not limited here.
/// </summary>
public static class ChannelRateLimiter
{
    private const string Unlimited = "";

    public static PartitionedRateLimiter<HttpContext> Create() => PartitionedRateLimiter.CreateChained(
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            var limit = Options(http).PerAddressPerMinute;
            return limit == 0 || !IsChannelPath(http.Request.Path)
                ? RateLimitPartition.GetNoLimiter(Unlimited)
                : RateLimitPartition.GetFixedWindowLimiter("address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => Window(limit));
        }),
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            var limit = Options(http).PerTokenPerMinute;
            var token = limit == 0 || !http.Request.Path.StartsWithSegments("/v3/directline") ? null : BearerToken(http);
            return token is null || IsSecret(http, token)
                ? RateLimitPartition.GetNoLimiter(Unlimited)
                : RateLimitPartition.GetFixedWindowLimiter(Partition(http, token), _ => Window(limit));
        }));

    private static RateLimitOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static bool IsChannelPath(PathString path) =>
        path.StartsWithSegments("/api/messages") || path.StartsWithSegments("/v3/directline");

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };

    // A stream's WebSocket carries its token in the query, like Web Chat's; HTTP calls carry it in the header.
    private static string? BearerToken(HttpContext http)
    {
        if (BearerHeader.Read(http.Request.Headers.Authorization.ToString()) is { } bearer)
        {
            return bearer;
        }

        var query = http.Request.Query["t"].ToString();
        return query.Length > 0 ? query : null;
    }

    private static bool IsSecret(HttpContext http, string token)
    {
        return SharedSecret.Matches(token, http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.Secret);
    }

    // A refreshed token is a new string for the same conversation: the budget follows the conversation, so a
    // refresh does not buy a fresh one. Unreadable tokens share one budget per string (the endpoint refuses them).
    private static string Partition(HttpContext http, string token) =>
        http.RequestServices.GetRequiredService<DirectLineTokenService>().Check(token).Token is { } valid
            ? "conversation:" + Fingerprint(valid.ConversationId)
            : "token:" + Fingerprint(token);

    // Partition keys live in memory for the window; a hash keeps the tokens themselves out of it.
    private static string Fingerprint(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)), 0, 12);
}
