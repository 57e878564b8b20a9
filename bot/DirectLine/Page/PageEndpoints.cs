using Microsoft.AspNetCore.Mvc;
using SupportBot.Bot.Hosting;
using SupportBot.Understanding.Language;

namespace SupportBot.Bot.DirectLine.Page;

/// <summary>
/// The customer page: GET / rendered by the server in the browser's language (<see cref="PageDocument"/>), its files
/// from bot/wwwroot (lib/webchat-minimal.js copied from npm and precompressed by the build) by fingerprinted URL
/// (<see cref="PageAssetDelivery"/>), and its settings as JSON, all from the same origin as the Direct Line endpoints.
/// </summary>
public static class PageEndpoints
{
    public static WebApplication UseCustomerPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var assets = new PageAssets(PageRoot(app));
        var document = new PageDocument(assets);
        app.UseResponseCompression();
        app.UsePageSecurityHeaders();
        app.UsePageAssets(assets);
        var page = (HttpContext http, [FromQuery] string? lang, [FromServices] PageContent content) => Page(http, lang, content, document);
        app.MapGet("/", page);
        app.MapGet("/index.html", page);
        app.MapGet("/api/webchat/settings", ([FromQuery] string? lang, [FromServices] PageContent content) => Results.Json(content.Settings(ConversationLanguage.FromLocale(lang))));
        return app;
    }

    private static IResult Page(HttpContext http, string? lang, PageContent content, PageDocument document)
    {
        var language = ConversationLanguage.FromLocale(lang ?? PreferredLanguage(http.Request));
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.Vary = "Accept-Language, Accept-Encoding";
        return Results.Content(document.Render(content.Settings(language), content.Texts(language)), "text/html; charset=utf-8");
    }

    // The browser's first choice, as navigator.languages[0] would give it.
    private static string? PreferredLanguage(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => value.Value.Value)
            .FirstOrDefault(value => value is not null && value != "*");

    // The repository's bot/wwwroot when running from a checkout (any working directory), else the published wwwroot.
    private static string PageRoot(WebApplication app)
    {
        var checkout = app.Services.GetRequiredService<RepositoryPaths>().Resolve(Path.Combine("bot", "wwwroot"));
        return Directory.Exists(checkout) ? checkout : Path.Combine(app.Environment.ContentRootPath, "wwwroot");
    }
}
