using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using SupportBot.Bot.Agent;

namespace SupportBot.Bot.Operations.Analytics;

/// <summary>
/// GET /agent/analytics (the page) and /agent/analytics.csv (the same figures), for signed-in agents only: the agent
/// console's cookie scheme and policy; anyone else is sent to the sign-in page.
/// </summary>
public static class AnalyticsEndpoints
{
    public const string PagePath = "/agent/analytics";
    public const string CsvPath = "/agent/analytics.csv";

    public static IEndpointRouteBuilder MapSupportBotAnalytics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PagePath, PageAsync).RequireAuthorization(AgentAuthentication.Policy);
        endpoints.MapGet(CsvPath, CsvAsync).RequireAuthorization(AgentAuthentication.Policy);
        return endpoints;
    }

    private static async Task<IResult> PageAsync(
        HttpContext http, [FromQuery] string? from, [FromQuery] string? to, AnalyticsQuery query, TimeProvider clock, CancellationToken cancellationToken)
    {
        var report = await query.RunAsync(Period(from, to, clock), cancellationToken).ConfigureAwait(false);
        var agent = http.User.FindFirstValue(AgentAuthentication.DisplayNameClaim) ?? http.User.Identity?.Name;
        return Results.Content(AnalyticsPage.Render(report, agent), "text/html; charset=utf-8");
    }

    private static async Task<IResult> CsvAsync(
        [FromQuery] string? from, [FromQuery] string? to, AnalyticsQuery query, TimeProvider clock, CancellationToken cancellationToken)
    {
        var period = Period(from, to, clock);
        var report = await query.RunAsync(period, cancellationToken).ConfigureAwait(false);
        return Results.File(AnalyticsCsv.Render(report), "text/csv; charset=utf-8", $"supportbot-analytics-{period.FirstText}-{period.LastText}.csv");
    }

    private static AnalyticsPeriod Period(string? from, string? to, TimeProvider clock) =>
        AnalyticsPeriod.Parse(from, to, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}
