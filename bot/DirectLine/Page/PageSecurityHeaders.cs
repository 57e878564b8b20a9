using Microsoft.Extensions.Options;

namespace SupportBot.Bot.DirectLine.Page;

/// <summary>
/// The customer page's response headers: a Content-Security-Policy that lets the page run only its own scripts and
/// talk only to this origin (Web Chat's styles are injected inline, so styles may be), frame-ancestors from
/// <see cref="PageSecurityOptions"/>, no MIME sniffing, no referrer.
/// </summary>
public static class PageSecurityHeaders
{
    public static string Policy(HttpRequest request, string frameAncestors)
    {
        ArgumentNullException.ThrowIfNull(request);
        var socket = (request.IsHttps ? "wss://" : "ws://") + request.Host.Value;
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + $"font-src 'self' data:; connect-src 'self' {socket}; object-src 'none'; base-uri 'none'; form-action 'none'; "
            + $"frame-ancestors {frameAncestors}";
    }

    public static IApplicationBuilder UsePageSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var path = http.Request.Path.Value ?? "/";
        if (path == "/" || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".js", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (path == "/" || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            {
                var options = http.RequestServices.GetRequiredService<IOptions<PageSecurityOptions>>().Value;
                headers.ContentSecurityPolicy = Policy(http.Request, options.FrameAncestors);
            }
        }

        return next(http);
    });
}
