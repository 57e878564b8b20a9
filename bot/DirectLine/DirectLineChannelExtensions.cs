using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.DirectLine.Conversations;
using SupportBot.Bot.DirectLine.Endpoints;
using SupportBot.Bot.DirectLine.Log;
using SupportBot.Bot.DirectLine.Notifications;
using SupportBot.Bot.DirectLine.Page;
using SupportBot.Bot.DirectLine.Streaming;
using SupportBot.Bot.DirectLine.Tokens;
using SupportBot.Bot.Health;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Housekeeping;
using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Turns;

namespace SupportBot.Bot.DirectLine;

public static class DirectLineChannelExtensions
{
    /// <summary>
    /// The built-in Direct Line 3.0 channel and the customer page. It has its own adapter (Activities/DirectLineAdapter,
    /// registered as a channel adapter of the host for proactive turns), which writes the bot's replies to the
    /// activity log (Log/); the log keeps its own table in the database (AddSupportBotStorage).
    /// </summary>
    public static IServiceCollection AddDirectLineChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());
        // The page document and JSON answers; page files come compressed already (PageAssets). SSE is never compressed.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        services.AddOptions<PageSecurityOptions>()
            .Bind(configuration.GetSection(PageSecurityOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.FrameAncestors) && o.FrameAncestors.IndexOfAny([';', ',', '\r', '\n']) < 0, "Page:FrameAncestors must be CSP sources separated by spaces ('self', 'none' or https://origins), without ';' or ','.")
            .ValidateOnStart();
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSchema(DirectLineLogSchema.Contribution);
        services.TryAddSingleton<IDirectLineActivityLog, SqlDirectLineActivityLog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHousekeepingTask, DirectLineLogHousekeeping>());
        services.TryAddSingleton<SigningKey>();
        services.TryAddSingleton<DirectLineTokenService>();
        services.TryAddSingleton<DirectLineAuthenticator>();
        services.TryAddSingleton<ActivitySignal>();
        services.TryAddSingleton<AppendListenerStatus>();
        // Other instances' appends wake this one's streams through LISTEN/NOTIFY on PostgreSQL; SQLite polls as before.
        if (configuration.GetSection(StorageOptions.SectionName).GetValue<StorageProvider>(nameof(StorageOptions.Provider)) == StorageProvider.Postgres)
        {
            services.AddHostedService<PostgresAppendListener>();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHealthContributor, AppendListenerHealthContributor>());
        }

        services.TryAddSingleton<DirectLineActivityFeed>();
        services.TryAddSingleton<Streaming.StreamSlots>();
        services.TryAddSingleton<DirectLineTurnRunner>();
        services.TryAddSingleton<PostedActivityReader>();
        services.TryAddSingleton<IncomingActivityProcessor>();
        services.AddHostedService<UnansweredMessageRecovery>();     // messages accepted before a crash, answered after it
        services.TryAddSingleton<ConversationStarter>();
        services.TryAddSingleton<PageContent>();
        services.AddMetrics();
        services.TryAddSingleton<DirectLineMetrics>();
        services.TryAddSingleton<DirectLineAdapter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelAdapter, DirectLineAdapter>(sp => sp.GetRequiredService<DirectLineAdapter>()));

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
}
