using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using SupportBot.Bot.AgentConsole;
using SupportBot.Bot.AgentConsole.Pages;
using SupportBot.Knowledge;

namespace SupportBot.Bot.AgentConsole.KnowledgeDesk;

/// <summary>
/// For support leads in the agent console: GET /agent/knowledge (what serves, the last reload, every error), POST
/// /agent/knowledge/validate (a pasted or uploaded file checked against the running contract, nothing saved), and POST
/// /agent/knowledge/examples (a missed message written as an example where the lead says it belongs, checked first,
/// then live at once; where the folder cannot be written, the change comes back as a patch to apply).
/// </summary>
public static partial class KnowledgeDeskEndpoints
{
    public const string PagePath = "/agent/knowledge";
    public const string ValidatePath = "/agent/knowledge/validate";
    public const string ExamplesPath = "/agent/knowledge/examples";

    private const int MaxPastedCharacters = 1_000_000;

    public static IEndpointRouteBuilder MapKnowledgeDesk(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PagePath, Page).RequireAuthorization(AgentAuthentication.LeadPolicy);
        endpoints.MapPost(ValidatePath, ValidateAsync).RequireAuthorization(AgentAuthentication.LeadPolicy).DisableAntiforgery();
        endpoints.MapPost(ExamplesPath, AddExampleAsync).RequireAuthorization(AgentAuthentication.LeadPolicy).DisableAntiforgery();
        return endpoints;
    }

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, ReloadingKnowledgeBase knowledge, KnowledgeHealth health) =>
        Html(KnowledgeDeskPage.Render(new KnowledgeDeskView(health.Report, Files(knowledge), Token(http, antiforgery))));

    private static async Task<IResult> ValidateAsync(HttpContext http, IAntiforgery antiforgery, ReloadingKnowledgeBase knowledge, KnowledgeHealth health)
    {
        if (await FormAsync(http, antiforgery) is not { } form)
        {
            return Results.BadRequest("フォームが正しくありません。ページを読み込み直してください。 / The form is not valid; reload the page.");
        }

        var file = Path.GetFileName(form["file"].ToString());
        var text = form["text"].ToString();
        // An uploaded file wins over the text box, and names the file when it is one of the knowledge files.
        if (form.Files.GetFile("upload") is { Length: > 0 and <= MaxPastedCharacters * 4L } upload)
        {
            using var reader = new StreamReader(upload.OpenReadStream(), System.Text.Encoding.UTF8);
            text = await reader.ReadToEndAsync();
            file = Files(knowledge).Contains(Path.GetFileName(upload.FileName)) ? Path.GetFileName(upload.FileName) : file;
        }

        if (!Files(knowledge).Contains(file) || text.Length > MaxPastedCharacters)
        {
            return Results.BadRequest("ファイルを選び直してください。 / Choose one of the files.");
        }

        var result = TrialLoad.With(knowledge.Directory, new Dictionary<string, string> { [file] = text });
        var view = new KnowledgeDeskView(health.Report, Files(knowledge), Token(http, antiforgery), TrialErrors: result.Errors, TrialFile: file, TrialText: text);
        return Html(KnowledgeDeskPage.Render(view));
    }

    private static async Task<IResult> AddExampleAsync(
        HttpContext http,
        IAntiforgery antiforgery,
        ReloadingKnowledgeBase knowledge,
        KnowledgeHealth health,
        TimeProvider clock,
        Microsoft.Extensions.Options.IOptions<KnowledgeOptions> options,
        ILogger<ReloadingKnowledgeBase> logger)
    {
        if (await FormAsync(http, antiforgery) is not { } form)
        {
            return Results.BadRequest("フォームが正しくありません。ページを読み込み直してください。 / The form is not valid; reload the page.");
        }

        var message = form["text"].ToString();
        if (ExampleTarget.Parse(form["target"].ToString()) is not { } target || string.IsNullOrWhiteSpace(message) || message.Length > 2_000)
        {
            return Results.BadRequest("どの意味かを選んでください。 / Choose what the message meant.");
        }

        var who = http.User.FindFirstValue(AgentAuthentication.DisplayNameClaim) ?? http.User.Identity?.Name ?? "lead";
        var fileName = target.Kind == ExampleTarget.IntentKind ? ExampleWriter.IntentsFile : ExampleWriter.FaqFile;
        var path = Path.Combine(knowledge.Directory, fileName);
        var edit = ExampleWriter.Add(await File.ReadAllTextAsync(path), target, message, who, clock.GetUtcNow());
        if (edit is null)
        {
            return Results.BadRequest("選んだ意味がファイルに見つかりません。 / The chosen meaning is not in the file.");
        }

        // The same checks as any edit, on a trial copy, before the live file changes.
        var trial = TrialLoad.With(knowledge.Directory, new Dictionary<string, string> { [fileName] = edit.Text });
        if (!trial.Succeeded)
        {
            var failed = new KnowledgeDeskView(health.Report, Files(knowledge), Token(http, antiforgery), "例文は追加していません。次のエラーがあります。 / The example was not added:", trial.Errors, fileName);
            return Html(KnowledgeDeskPage.Render(failed), StatusCodes.Status422UnprocessableEntity);
        }

        // A folder shared by several instances (or kept elsewhere) is changed where it is kept: the lead gets the patch.
        if (!options.Value.ConsoleWritesExamples)
        {
            return Patch(edit);
        }

        try
        {
            var temporary = path + ".saving";
            await File.WriteAllTextAsync(temporary, edit.Text);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            // A read-only or shared folder: the lead gets the change to apply where the files are kept.
            LogPatchInstead(logger, fileName, ex.Message);
            return Patch(edit);
        }

        knowledge.Reload();
        LogExampleAdded(logger, who, target.Value);
        await AddStoryAsync(knowledge.Directory, target, message, who, clock.GetUtcNow(), logger);
        var notice = $"「{message}」を {target.Value} の例文として追加しました（{fileName}）。次のメッセージから反映されています。 / Added as an example of {target.Value}; live from the next message.";
        return Html(KnowledgeDeskPage.Render(new KnowledgeDeskView(health.Report, Files(knowledge), Token(http, antiforgery), notice)));
    }

    // The message also joins content/stories/learned.yaml, which the test command runs, so it stays answered.
    private static async Task AddStoryAsync(string contentDirectory, ExampleTarget target, string message, string who, DateTimeOffset when, ILogger logger)
    {
        var path = LearnedStories.PathIn(contentDirectory);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var existing = File.Exists(path) ? await File.ReadAllTextAsync(path) : null;
            await File.WriteAllTextAsync(path, LearnedStories.Add(existing, target, message, who, when));
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            LogStoryNotWritten(logger, path, ex.Message);
        }
    }

    private static IResult Patch(ExampleEdit edit) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(edit.Patch), "text/x-diff", "supportbot-example.patch");

    private static IReadOnlyList<string> Files(ReloadingKnowledgeBase knowledge) =>
        [.. Directory.GetFiles(knowledge.Directory, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static string Token(HttpContext http, IAntiforgery antiforgery) => antiforgery.GetAndStoreTokens(http).RequestToken!;

    // A form the server cannot read, or without a valid token, is a bad request, never a 500 (the token check has read
    // the form already, so reading it again costs nothing).
    private static async Task<IFormCollection?> FormAsync(HttpContext http, IAntiforgery antiforgery) =>
        http.Request.HasFormContentType && await ConsoleForms.IsValidAsync(http, antiforgery)
            ? await http.Request.ReadFormAsync()
            : null;

    private static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", statusCode: status);

    [LoggerMessage(EventId = 7601, Level = LogLevel.Information, Message = "{Who} added an example for {Target}")]
    private static partial void LogExampleAdded(ILogger logger, string who, string target);

    [LoggerMessage(EventId = 7603, Level = LogLevel.Warning, Message = "Could not add the learned story to {Path} ({Reason})")]
    private static partial void LogStoryNotWritten(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 7602, Level = LogLevel.Warning, Message = "Could not write {File} ({Reason}); the example was handed back as a patch")]
    private static partial void LogPatchInstead(ILogger logger, string file, string reason);
}
