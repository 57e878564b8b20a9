namespace SupportBot.Bot.RateLimiting;

public static class RateLimitServiceCollectionExtensions
{
    /// <summary>Per-address and per-token limits on the channel endpoints (RateLimits section), answered with 429 and Retry-After.</summary>
    public static IServiceCollection AddChannelRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }

    /// <summary>The limits' middleware; call once, before the channel endpoints run.</summary>
    public static IApplicationBuilder UseChannelRateLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<ChannelRateLimitMiddleware>();
}
