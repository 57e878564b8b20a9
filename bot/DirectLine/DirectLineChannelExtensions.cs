using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.DirectLine.Conversations;
using SupportBot.Bot.DirectLine.Log;
using SupportBot.Bot.DirectLine.Page;
using SupportBot.Bot.DirectLine.Streaming;
using SupportBot.Bot.DirectLine.Tokens;
using SupportBot.Bot.Storage.Schema;

namespace SupportBot.Bot.DirectLine;

public static class DirectLineChannelExtensions
{
    /// <summary>
    /// The built-in Direct Line 3.0 channel and the customer page. Needs the bot host (AddBotHost: its
    /// authentication is wrapped so Direct Line replies go to the activity log) and the database (AddSupportBotStorage),
    /// where the activity log (Log/) keeps its own table.
    /// </summary>
    public static IServiceCollection AddDirectLineChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSchema(DirectLineLogSchema.Contribution);
        services.TryAddSingleton<IDirectLineActivityLog, SqlDirectLineActivityLog>();
        services.TryAddSingleton<SigningKey>();
        services.TryAddSingleton<DirectLineTokenService>();
        services.TryAddSingleton<DirectLineAuthenticator>();
        services.TryAddSingleton<ActivitySignal>();
        services.TryAddSingleton<DirectLineActivityFeed>();
        services.TryAddSingleton<Streaming.StreamSlots>();
        services.TryAddSingleton<DirectLineTurnRunner>();
        services.TryAddSingleton<PostedActivityReader>();
        services.TryAddSingleton<IncomingActivityProcessor>();
        services.TryAddSingleton<ConversationStarter>();
        services.AddMetrics();
        services.TryAddSingleton<DirectLineMetrics>();
        WrapBotAuthentication(services);

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(TokenEndpoints.PageTokenRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.TokenRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    /// <summary>GET / (the page), POST /api/token, and the Direct Line 3.0 endpoints under /v3/directline.</summary>
    public static WebApplication MapDirectLineChannel(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.UseRateLimiter();
        app.UseCustomerPage();
        app.MapPageToken();
        var group = app.MapGroup("/v3/directline");
        group.MapDirectLineConversations();
        group.MapDirectLineActivities();
        group.MapDirectLineStream();
        group.MapDirectLineTokens();
        return app;
    }

    // Decorates the host's registration (AddBotHost) instead of replacing it, so its configuration stays in one place.
    private static void WrapBotAuthentication(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(DirectLineBotFrameworkAuthentication)))
        {
            return;
        }

        var inner = services.LastOrDefault(d => d.ServiceType == typeof(BotFrameworkAuthentication))
            ?? throw new InvalidOperationException("AddDirectLineChannel needs AddBotHost first: it wraps the host's BotFrameworkAuthentication.");
        services.Add(ServiceDescriptor.Singleton(sp => new DirectLineBotFrameworkAuthentication(
            Create(sp, inner),
            sp.GetRequiredService<DirectLineActivityFeed>(),
            sp.GetRequiredService<ILogger<DirectLineBotFrameworkAuthentication>>())));
        services.Replace(ServiceDescriptor.Singleton<BotFrameworkAuthentication>(sp => sp.GetRequiredService<DirectLineBotFrameworkAuthentication>()));
    }

    private static BotFrameworkAuthentication Create(IServiceProvider services, ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: BotFrameworkAuthentication instance } => instance,
        { ImplementationFactory: { } factory } => (BotFrameworkAuthentication)factory(services),
        { ImplementationType: { } type } => (BotFrameworkAuthentication)ActivatorUtilities.CreateInstance(services, type),
        _ => throw new InvalidOperationException("Unsupported BotFrameworkAuthentication registration."),
    };
}
