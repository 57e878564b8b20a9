using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting;
using SupportBot.Dialogs.Localization;
using SupportBot.Knowledge;

namespace SupportBot.Bot.DirectLine.Page;

/// <summary>
/// The customer page at GET /: bot/wwwroot (index.html, app.js, site.css, lib/webchat.js copied from npm by the
/// build), served compressed (Brotli or gzip) from the same origin as the Direct Line endpoints, and its settings in
/// Japanese or English.
/// </summary>
public static class PageEndpoints
{
    public static WebApplication UseCustomerPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var files = new PhysicalFileProvider(PageRoot(app));
        app.UseResponseCompression();
        app.UsePageSecurityHeaders();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // The names carry no version yet: a browser revalidates (ETag, 304) instead of running yesterday's bundle.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.MapGet("/api/webchat/settings", Settings);
        return app;
    }

    private static IResult Settings([FromQuery] string? lang, [FromServices] IOptions<StoreOptions> store, [FromServices] IKnowledgeBase knowledge, [FromServices] IOptions<SupportBot.Bot.Hosting.BotHostOptions> limits)
    {
        var language = ConversationLanguage.FromLocale(lang);
        var snapshot = knowledge.Current;
        var name = store.Value.Name;
        return Results.Json(new PageSettings(
            name,
            store.Value.PrimaryColor,
            language == ConversationLanguage.English ? "en-US" : "ja-JP",
            snapshot.Text(MessageKeys.PageTitle, language, ("store", name)),
            snapshot.Text(MessageKeys.PagePlaceholder, language),
            limits.Value.MaxMessageTextLength));
    }

    // The repository's bot/wwwroot when running from a checkout (any working directory), else the published wwwroot.
    private static string PageRoot(WebApplication app)
    {
        var checkout = app.Services.GetRequiredService<RepositoryPaths>().Resolve(Path.Combine("bot", "wwwroot"));
        return Directory.Exists(checkout) ? checkout : Path.Combine(app.Environment.ContentRootPath, "wwwroot");
    }
}
