namespace SupportBot.Bot.RateLimiting;

public static class RateLimitServiceCollectionExtensions
{
    /// <summary>
    /// Per-address and per-token limits on the channel endpoints, answered with 429 and Retry-After. The
    /// limiter middleware itself is added once, by MapDirectLineChannel (UseRateLimiter), for every endpoint.
    /// </summary>
    public static IServiceCollection AddChannelRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = ChannelRateLimiter.Create();
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }
}
