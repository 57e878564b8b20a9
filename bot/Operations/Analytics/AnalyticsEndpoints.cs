using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
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
        HttpContext http, [FromQuery] string? from, [FromQuery] string? to, AnalyticsQuery query, TimeProvider clock, IOptions<AnalyticsOptions> options, CancellationToken cancellationToken)
    {
        var report = await query.RunAsync(Period(from, to, clock, options.Value), cancellationToken).ConfigureAwait(false);
        var agent = http.User.FindFirstValue(AgentAuthentication.DisplayNameClaim) ?? http.User.Identity?.Name;
        return Results.Content(AnalyticsPage.Render(report, agent), "text/html; charset=utf-8");
    }

    private static async Task<IResult> CsvAsync(
        [FromQuery] string? from, [FromQuery] string? to, AnalyticsQuery query, TimeProvider clock, IOptions<AnalyticsOptions> options, CancellationToken cancellationToken)
    {
        var period = Period(from, to, clock, options.Value);
        var report = await query.RunAsync(period, cancellationToken).ConfigureAwait(false);
        return Results.File(AnalyticsCsv.Render(report), "text/csv; charset=utf-8", $"supportbot-analytics-{period.FirstText}-{period.LastText}.csv");
    }

    private static AnalyticsPeriod Period(string? from, string? to, TimeProvider clock, AnalyticsOptions options) =>
        AnalyticsPeriod.Parse(from, to, AnalyticsPeriod.Today(clock.GetUtcNow(), options.UtcOffset), options.UtcOffset);
}
