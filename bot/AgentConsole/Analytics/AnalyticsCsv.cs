using System.Globalization;
using System.Text;

namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>
/// The page's figures as CSV (RFC 4180 quoting, CRLF, UTF-8 with a BOM so Excel shows Japanese), one row per figure:
/// section, group, item, count, rate. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
/// </summary>
public static class AnalyticsCsv
{
    public const string Header = "section,group,item,count,rate";

    public static byte[] Render(AnalyticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        var period = report.Period;
        Row(csv, "period", "", "from", period.FirstText, "");
        Row(csv, "period", "", "to", period.LastText, "");
        Row(csv, "period", "", "days_start_at", period.ZoneText, "");
        Row(csv, "summary", "", "conversations", report.Conversations, null);
        Row(csv, "summary", "", "contained", report.Contained, report.ContainmentRate);
        Row(csv, "summary", "", "escalated", report.Escalated, report.EscalationRate);
        foreach (var reason in report.EscalationReasons)
        {
            Row(csv, "escalation_reason", "", reason.Label, reason.Count, report.Escalated == 0 ? null : (double)reason.Count / report.Escalated);
        }

        foreach (var outcome in report.Outcomes)
        {
            Row(csv, "outcome", outcome.RuleId, outcome.Outcome, outcome.Count, null);
        }

        foreach (var funnel in report.Funnels)
        {
            foreach (var step in funnel.Steps)
            {
                Row(csv, "funnel_reached", funnel.Dialog, step.Step, step.Reached, null);
                Row(csv, "funnel_abandoned", funnel.Dialog, step.Step, step.Abandoned, step.Reached == 0 ? null : (double)step.Abandoned / step.Reached);
            }
        }

        var answers = report.SolvedYes + report.SolvedNo;
        Row(csv, "solved", "", "yes", report.SolvedYes, answers == 0 ? null : (double)report.SolvedYes / answers);
        Row(csv, "solved", "", "no", report.SolvedNo, answers == 0 ? null : (double)report.SolvedNo / answers);
        foreach (var row in report.NotUnderstood)
        {
            Row(csv, "not_understood", "", row.Label, row.Count, null);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ made inert.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void Row(StringBuilder csv, string section, string group, string item, int count, double? rate) =>
        Row(csv, section, group, item, count.ToString(CultureInfo.InvariantCulture), rate?.ToString("0.####", CultureInfo.InvariantCulture) ?? "");

    private static void Row(StringBuilder csv, string section, string group, string item, string count, string rate) =>
        csv.Append(Field(section)).Append(',').Append(Field(group)).Append(',').Append(Field(item)).Append(',')
            .Append(Field(count)).Append(',').Append(Field(rate)).Append("\r\n");
}
