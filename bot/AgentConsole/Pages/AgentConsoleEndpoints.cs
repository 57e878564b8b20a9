using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using SupportBot.Bot.AgentConsole.Accounts;
using SupportBot.Bot.AgentConsole.Sessions;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Knowledge;

namespace SupportBot.Bot.AgentConsole.Pages;

/// <summary>
/// The agent console at /agent: sign-in (the only anonymous page), the queue, a ticket's page, the console's own
/// script and styles, and, mapped next by Program.cs, the API (Api/AgentApiEndpoints). Every other /agent path needs the agent policy.
/// </summary>
public static partial class AgentConsoleEndpoints
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static WebApplication MapAgentConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(context => context.Request.Path.StartsWithSegments(AgentAuthentication.BasePath, StringComparison.OrdinalIgnoreCase), branch => branch.Use(AddSecurityHeaders));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();   // the sign-in limit; harmless if another area added the middleware too

        app.MapGet(AgentAuthentication.SignInPath, SignInForm).AllowAnonymous();
        app.MapPost(AgentAuthentication.SignInPath, SignInAsync).AllowAnonymous().DisableAntiforgery().RequireRateLimiting(AgentAuthentication.SignInRateLimit);
        app.MapPost("/agent/signout", SignOutAsync).RequireAuthorization(AgentAuthentication.Policy).DisableAntiforgery();
        app.MapGet(AgentAuthentication.BasePath, QueueAsync).RequireAuthorization(AgentAuthentication.Policy);
        app.MapGet("/agent/tickets/{number:long}", TicketAsync).RequireAuthorization(AgentAuthentication.Policy);
        app.MapGet("/agent/assets/{file}", Asset).RequireAuthorization(AgentAuthentication.Policy);
        return app;
    }

    private static Task AddSecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return next(context);
    }

    private static IResult SignInForm(HttpContext http, IAntiforgery antiforgery, [FromQuery] string? returnUrl) =>
        FormToken(http, antiforgery) is { } token ? Html(ConsolePages.SignIn(token, returnUrl, failed: false)) : HttpsRequired();

    // Outside Development the console's cookies are Secure: over plain HTTP no form token can be issued, which is the
    // operator's setup to fix (TLS, or the proxy's X-Forwarded-Proto), said as such instead of a 500.
    private static string? FormToken(HttpContext http, IAntiforgery antiforgery)
    {
        try
        {
            return antiforgery.GetAndStoreTokens(http).RequestToken;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static IResult HttpsRequired() => Results.Text(
        "担当者コンソールは HTTPS で開いてください（プロキシの内側では X-Forwarded-Proto を設定してください）。 / The agent console needs HTTPS (behind a proxy, set X-Forwarded-Proto).",
        "text/plain; charset=utf-8",
        statusCode: StatusCodes.Status400BadRequest);

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, AgentDirectory directory, SignInThrottle throttle, AgentSessionStore sessions, ILogger<AgentDirectory> logger)
    {
        if (!await ConsoleForms.IsValidAsync(http, antiforgery))
        {
            return Results.BadRequest();
        }

        var form = await http.Request.ReadFormAsync();
        var userName = form["userName"].ToString();
        var returnUrl = form["returnUrl"].ToString();
        var loggedName = userName.Length > 64 ? userName[..64] : userName;
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.WaitFor(userName, address) is { } wait)
        {
            LogSignInLocked(logger, loggedName);
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Html(ConsolePages.SignIn(antiforgery.GetAndStoreTokens(http).RequestToken!, returnUrl, failed: true), StatusCodes.Status429TooManyRequests);
        }

        var account = directory.Verify(userName, form["password"].ToString());
        if (account is null)
        {
            throttle.Failed(userName, address);
            LogSignInFailed(logger, loggedName);
            return FormToken(http, antiforgery) is { } token
                ? Html(ConsolePages.SignIn(token, returnUrl, failed: true), StatusCodes.Status401Unauthorized)
                : HttpsRequired();
        }

        throttle.Succeeded(userName, address);

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, account.UserName),
                new Claim(ClaimTypes.Role, AgentAuthentication.Role),
                new Claim(AgentAuthentication.DisplayNameClaim, string.IsNullOrWhiteSpace(account.DisplayName) ? account.UserName : account.DisplayName),
                new Claim(AgentAuthentication.SessionClaim, await sessions.StartAsync(account.UserName, http.RequestAborted)),
            ],
            AgentAuthentication.Scheme);
        if (account.Lead)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, AgentAuthentication.LeadRole));
        }
        await http.SignInAsync(AgentAuthentication.Scheme, new ClaimsPrincipal(identity));
        LogSignedIn(logger, account.UserName);
        return Results.Redirect(IsConsoleUrl(returnUrl) ? returnUrl : AgentAuthentication.BasePath);
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery, AgentSessionStore sessions)
    {
        if (!await ConsoleForms.IsValidAsync(http, antiforgery))
        {
            return Results.BadRequest("フォームが正しくありません。ページを読み込み直してください。 / The form is not valid; reload the page.");
        }

        // Revoked on the server first: a copy of the cookie elsewhere stops working too.
        await sessions.RevokeAsync(http.User.FindFirst(AgentAuthentication.SessionClaim)?.Value, http.RequestAborted);
        await http.SignOutAsync(AgentAuthentication.Scheme);
        return Results.Redirect(AgentAuthentication.SignInPath);
    }

    private static async Task<IResult> QueueAsync(
        HttpContext http, IAntiforgery antiforgery, IEscalationStore store, IKnowledgeBase knowledge, ConsoleTime time, [FromQuery] string? reason, [FromQuery] string? state, CancellationToken cancellationToken)
    {
        var filter = ConsoleForms.ParseState(state);
        var tickets = await store.ListAsync(string.IsNullOrEmpty(reason) ? null : reason, filter, 200, cancellationToken);
        var last = await store.LastCustomerMessagesAsync([.. tickets.Where(t => t.IsOpen).Select(t => t.Number)], cancellationToken);
        var view = new QueueView(tickets, last, reason, filter, knowledge.Current, time);
        return Html(ConsolePages.Queue(AgentName(http.User), antiforgery.GetAndStoreTokens(http).RequestToken!, view));
    }

    private static async Task<IResult> TicketAsync(
        long number, HttpContext http, IAntiforgery antiforgery, IEscalationStore store, IKnowledgeBase knowledge, ConsoleTime time, AgentDirectory directory, CancellationToken cancellationToken)
    {
        var ticket = await store.GetAsync(number, cancellationToken);
        if (ticket is null)
        {
            return Results.NotFound();
        }

        var messages = await store.ReadMessagesAsync(number, 0, cancellationToken);
        return Html(ConsolePages.Ticket(AgentName(http.User), antiforgery.GetAndStoreTokens(http).RequestToken!, ticket, messages, knowledge.Current, time, directory.Agents));
    }

    private static IResult Asset(string file) => file switch
    {
        "console.js" => Results.Text(ConsoleAssets.Read(file), "text/javascript; charset=utf-8"),
        "console.css" => Results.Text(ConsoleAssets.Read(file), "text/css; charset=utf-8"),
        _ => Results.NotFound(),
    };

    /// <summary>The signed-in agent's user name (what tickets record as assigned_to).</summary>
    public static string AgentName(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name ?? throw new InvalidOperationException("An agent endpoint ran without a signed-in agent.");
    }

    /// <summary>The name customers see on the agent's messages (Agents:Accounts:n:DisplayName, else the user name).</summary>
    public static string AgentDisplayName(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst(AgentAuthentication.DisplayNameClaim)?.Value ?? AgentName(user);
    }

    // Only paths inside the console: never another site, never "//host" or "/\host".
    private static bool IsConsoleUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith(AgentAuthentication.BasePath, StringComparison.Ordinal)
        && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);

    private static IResult Html(string html, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);

    [LoggerMessage(EventId = 7501, Level = LogLevel.Warning, Message = "Agent sign-in failed for {UserName}")]
    private static partial void LogSignInFailed(ILogger logger, string userName);

    [LoggerMessage(EventId = 7503, Level = LogLevel.Warning, Message = "Agent sign-in refused for {UserName}: too many failures, locked for now")]
    private static partial void LogSignInLocked(ILogger logger, string userName);

    [LoggerMessage(EventId = 7502, Level = LogLevel.Information, Message = "Agent {UserName} signed in")]
    private static partial void LogSignedIn(ILogger logger, string userName);
}
