using System.Threading.RateLimiting;

namespace SupportBot.Bot.RateLimiting;

/// <summary>
/// Applies <see cref="ChannelRateLimiter"/> once per request. Its own middleware rather than the ASP.NET Core global
/// limiter: several areas call UseRateLimiter for their endpoint policies, and a global limiter runs in each of them.
/// </summary>
public sealed class ChannelRateLimitMiddleware(RequestDelegate next) : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter = ChannelRateLimiter.Create();

    public async Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var lease = _limiter.AttemptAcquire(http);
        if (!lease.IsAcquired)
        {
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = "60";
            await http.Response.WriteAsJsonAsync(new { status = StatusCodes.Status429TooManyRequests, error = "Too many requests; try again in a minute." });
            return;
        }

        await next(http);
    }

    public void Dispose() => _limiter.Dispose();
}
