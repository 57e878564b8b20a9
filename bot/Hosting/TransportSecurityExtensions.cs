namespace SupportBot.Bot.Hosting;

public static class TransportSecurityExtensions
{
    /// <summary>
    /// Outside Development, HTTPS answers carry Strict-Transport-Security (a year, subdomains included), so a browser
    /// that once reached the shop over TLS never sends the agent's cookie or a customer's token over plain HTTP.
    /// Behind a TLS proxy this relies on X-Forwarded-Proto (AddProxyHeaders). localhost is never pinned.
    /// </summary>
    public static IServiceCollection AddTransportSecurity(this IServiceCollection services) =>
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }
}
