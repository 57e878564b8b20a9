using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace SupportBot.Bot.Tests.Hosting;

/// <summary>Makes every request to an in-memory host come from the given address (the test server sets none).</summary>
public static class RemoteAddress
{
    public static Action<IServiceCollection> Of(string address) =>
        services => services.AddSingleton<IStartupFilter>(new Filter(IPAddress.Parse(address)));

    /// <summary>Each request comes from the address in <paramref name="header"/> (none: no address), so one test can be many callers.</summary>
    public static Action<IServiceCollection> FromHeader(string header) =>
        services => services.AddSingleton<IStartupFilter>(new HeaderFilter(header));

    private sealed class HeaderFilter(string header) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return following(context);
            });
            next(app);
        };
    }

    private sealed class Filter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
