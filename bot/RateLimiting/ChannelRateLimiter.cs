using System.Net;
using System.Net.Sockets;
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
            var options = Options(http);
            var path = http.Request.Path;
            var limit = path.StartsWithSegments("/api/messages") ? options.PerAddressPerMinute
                : path.StartsWithSegments("/v3/directline") || path.StartsWithSegments("/api/token") ? options.DirectLinePerAddressPerMinute
                : 0;
            return limit == 0
                ? RateLimitPartition.GetNoLimiter(Unlimited)
                : RateLimitPartition.GetFixedWindowLimiter(AddressGroup(path, http.Connection.RemoteIpAddress), _ => Window(limit));
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

    // One customer's IPv6 router hands out a whole /64: counting single addresses would give them 2^64 budgets.
    public static string AddressGroup(PathString path, IPAddress? address)
    {
        var door = path.StartsWithSegments("/api/messages") ? "messages:" : "directline:";
        if (address is null)
        {
            return door + "unknown";
        }

        var v4 = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (v4.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return door + v4;
        }

        var bytes = v4.GetAddressBytes();
        return door + Convert.ToHexString(bytes, 0, 8) + "::/64";
    }

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
