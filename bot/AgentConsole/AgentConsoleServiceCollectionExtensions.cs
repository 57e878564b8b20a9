using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.AgentConsole.Accounts;
using SupportBot.Bot.AgentConsole.Pages;
using SupportBot.Bot.AgentConsole.Sessions;
using SupportBot.Bot.Storage.Housekeeping;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.AgentConsole;

public static class AgentConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The agent console's sign-in: accounts from configuration (PBKDF2 hashes), a cookie limited to /agent, the
    /// agent policy (pages redirect to sign-in, the API answers 401), and antiforgery tokens for every POST.
    /// </summary>
    public static IServiceCollection AddAgentConsole(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AgentOptions>()
            .Bind(configuration.GetSection(AgentOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AgentOptions>, AgentOptionsValidator>());
        services.TryAddSingleton<Desk.AgentDesk>();
        services.TryAddSingleton<AgentDirectory>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SignInThrottle>();
        services.AddOptions<StoreTimeOptions>()
            .Bind(configuration.GetSection(StoreTimeOptions.SectionName))
            .Validate(o => ConsoleTime.IsKnownZone(o.TimeZone), "Store:TimeZone must be an IANA time zone id such as Asia/Tokyo.")
            .ValidateOnStart();
        services.TryAddSingleton<ConsoleTime>();
        services.AddSchema(AgentSessionsSchema.Contribution);
        services.TryAddSingleton<AgentSessionStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHousekeepingTask, AgentSessionStore>(sp => sp.GetRequiredService<AgentSessionStore>()));
        services.AddHostedService<DevelopmentAccountAnnouncer>();

        var sessionMinutes = configuration.GetSection(AgentOptions.SectionName).Get<AgentOptions>()?.SessionMinutes ?? 480;
        services.AddAuthentication(AgentAuthentication.Scheme)
            .AddCookie(AgentAuthentication.Scheme, options =>
            {
                options.Cookie.Name = "SupportBot.Agent";
                options.Cookie.Path = AgentAuthentication.BasePath;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = AgentAuthentication.SignInPath;
                options.AccessDeniedPath = AgentAuthentication.SignInPath;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(sessionMinutes);
                options.SlidingExpiration = true;
                options.Events = new CookieAuthenticationEvents
                {
                    // The API answers with status codes; only pages redirect to the sign-in form.
                    OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden),
                    // A removed account's or a signed-out session's cookie stops working at its next request, not when it expires.
                    OnValidatePrincipal = RevalidateAsync,
                };
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(AgentAuthentication.Policy, policy => policy
                .AddAuthenticationSchemes(AgentAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(ClaimTypes.Role, AgentAuthentication.Role))
            .AddPolicy(AgentAuthentication.LeadPolicy, policy => policy
                .AddAuthenticationSchemes(AgentAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(ClaimTypes.Role, AgentAuthentication.LeadRole));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(AgentAuthentication.SignInRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<AgentOptions>>().Value.SignInAttemptsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AgentAuthentication.CsrfHeader;
            options.Cookie.Name = "SupportBot.Agent.Antiforgery";
            options.Cookie.Path = AgentAuthentication.BasePath;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        // Behind a TLS proxy every request looks like plain HTTP, so "same as request" would never mark the cookies
        // Secure; only Development (http://localhost) may send them without TLS.
        services.AddOptions<CookieAuthenticationOptions>(AgentAuthentication.Scheme)
            .Configure<IHostEnvironment>((options, environment) => options.Cookie.SecurePolicy = SecurePolicy(environment));
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IHostEnvironment>((options, environment) => options.Cookie.SecurePolicy = SecurePolicy(environment));
        return services;
    }

    private static CookieSecurePolicy SecurePolicy(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    private static async Task RevalidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var name = context.Principal?.Identity?.Name;
        var session = context.Principal?.FindFirst(AgentAuthentication.SessionClaim)?.Value;
        if (!services.GetRequiredService<AgentDirectory>().Exists(name)
            || !await services.GetRequiredService<AgentSessionStore>().IsLiveAsync(session, name, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AgentAuthentication.Scheme);
        }
    }

    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(AgentAuthentication.ApiPath, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
