using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Antiforgery;
using SupportBot.Bot.AgentConsole;
using SupportBot.Bot.Escalation.Metrics;
using SupportBot.Bot.AgentConsole.KnowledgeDesk;
using SupportBot.Knowledge;

namespace SupportBot.Bot.AgentConsole.Analytics;

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
        HttpContext http,
        [FromQuery] string? from,
        [FromQuery] string? to,
        AnalyticsQuery query,
        TimeProvider clock,
        IOptions<AnalyticsOptions> options,
        IKnowledgeBase knowledge,
        IAntiforgery antiforgery,
        IEscalationFiguresQuery escalations,
        CancellationToken cancellationToken)
    {
        var report = await query.RunAsync(Period(from, to, clock, options.Value), cancellationToken);
        var desk = await escalations.DeskAsync(report.Period.Since, report.Period.Until, cancellationToken);
        var agent = http.User.FindFirstValue(AgentAuthentication.DisplayNameClaim) ?? http.User.Identity?.Name;
        var examples = http.User.IsInRole(AgentAuthentication.LeadRole)
            ? new MissedMessageForm(KnowledgeDeskEndpoints.ExamplesPath, antiforgery.GetAndStoreTokens(http).RequestToken!, Targets(knowledge.Current))
            : null;
        return Results.Content(AnalyticsPage.Render(report, agent, examples, new DeskView(desk, knowledge.Current)), "text/html; charset=utf-8");
    }

    // What a missed message may have meant: each intent of intent-examples.yaml, then each FAQ entry by its question.
    private static IReadOnlyList<(string Value, string Label)> Targets(KnowledgeSnapshot knowledge) =>
    [
        .. knowledge.Vocabulary.Examples.Intents.Keys.Order(StringComparer.Ordinal).Select(i => ("intent:" + i, "意図 / Intent: " + i)),
        .. knowledge.Faq.Entries.Select(e => ("faq:" + e.Id, "FAQ: " + e.Question.Ja)),
    ];

    private static async Task<IResult> CsvAsync(
        [FromQuery] string? from, [FromQuery] string? to, AnalyticsQuery query, TimeProvider clock, IOptions<AnalyticsOptions> options, CancellationToken cancellationToken)
    {
        var period = Period(from, to, clock, options.Value);
        var report = await query.RunAsync(period, cancellationToken);
        return Results.File(AnalyticsCsv.Render(report), "text/csv; charset=utf-8", $"supportbot-analytics-{period.FirstText}-{period.LastText}.csv");
    }

    private static AnalyticsPeriod Period(string? from, string? to, TimeProvider clock, AnalyticsOptions options) =>
        AnalyticsPeriod.Parse(from, to, AnalyticsPeriod.Today(clock.GetUtcNow(), options.UtcOffset), options.UtcOffset);
}
