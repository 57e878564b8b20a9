using System.Globalization;
using System.Text;
using static SupportBot.Bot.AgentConsole.Analytics.AnalyticsHtml;

namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>
/// The analytics page for support leads: a period picker, the headline figures, and charts of escalation reasons,
/// outcomes per rule, the funnel of each dialog, "did that solve it?" answers and what the bot did not understand.
/// Server-rendered HTML with inline SVG; no script (the agent console's CSP allows none inline).
/// </summary>
public static class AnalyticsPage
{
    public const int NotUnderstoodChartRows = 15;

    private const string Style =
        "*,*::before,*::after{box-sizing:border-box}body{font-family:system-ui,'Noto Sans CJK JP',sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#222;overflow-wrap:anywhere}" +
        "header{display:flex;justify-content:space-between;align-items:baseline;flex-wrap:wrap;gap:.5rem}" +
        "form.period{display:flex;gap:.6rem;align-items:end;flex-wrap:wrap;margin:1rem 0}" +
        ".cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:10rem}" +
        ".card .figure{font-size:1.8rem;font-weight:600}section{margin:1.6rem 0}h2{font-size:1.15rem;border-bottom:1px solid #eee}" +
        "svg.chart{max-width:100%;height:auto}svg .label,svg .figure{font-size:13px;fill:#333}svg rect.value{fill:#1565c0}" +
        "svg rect.highlight{fill:#c62828}.legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 .8rem}" +
        "table{border-collapse:collapse;width:100%;table-layout:fixed}select,input,textarea{max-width:100%}td,th{border-bottom:1px solid #eee;padding:.2rem .6rem;text-align:left}td.n{text-align:right}" +
        ".empty{color:#777}";

    public static string Render(AnalyticsReport report, string? agentName = null, MissedMessageForm? examples = null, DeskView? desk = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        var period = report.Period;
        html.Append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>分析 / Analytics — SupportBot</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<header><h1>分析 / Analytics</h1><nav><a href=\"/agent\">エスカレーション / Escalations</a> · ")
            .Append(CultureInfo.InvariantCulture, $"<a id=\"csv\" href=\"/agent/analytics.csv?from={E(period.FirstText)}&amp;to={E(period.LastText)}\">CSV</a>");
        if (agentName is not null)
        {
            html.Append(" · ").Append(E(agentName));
        }

        html.Append("</nav></header>");
        html.Append("<form class=\"period\" method=\"get\" action=\"/agent/analytics\">")
            .Append(CultureInfo.InvariantCulture, $"<label>開始 / From ({E(period.ZoneText)})<br><input type=\"date\" name=\"from\" value=\"{E(period.FirstText)}\"></label>")
            .Append(CultureInfo.InvariantCulture, $"<label>終了 / To ({E(period.ZoneText)})<br><input type=\"date\" name=\"to\" value=\"{E(period.LastText)}\"></label>")
            .Append("<button type=\"submit\">表示 / Show</button></form>");

        Cards(html, report);
        Section(html, "containment", "会話の結果 / How conversations ended", SvgBarChart.Render("How conversations ended",
        [
            new ChartBar("自己解決 / Contained", report.Contained, $"{report.Contained} ({Percent(report.ContainmentRate)})"),
            new ChartBar("エスカレーション / Escalated", report.Escalated, $"{report.Escalated} ({Percent(report.EscalationRate)})"),
            new ChartBar("その他 / Neither", report.Conversations - report.Contained - report.Escalated, (report.Conversations - report.Contained - report.Escalated).ToString(CultureInfo.InvariantCulture)),
        ]));
        Section(html, "escalation-reasons", "エスカレーション理由 / Escalation reasons", SvgBarChart.Render("Escalation reasons",
            report.EscalationReasons.Select(r => new ChartBar(r.Label, r.Count, Share(r.Count, report.Escalated))).ToList()));
        Section(html, "outcomes", "ルール別の結果 / Outcomes per decision rule", SvgBarChart.Render("Outcomes per decision rule",
            report.Outcomes.Select(o => new ChartBar($"{o.RuleId} → {o.Outcome}", o.Count, o.Count.ToString(CultureInfo.InvariantCulture))).ToList()));
        Funnels(html, report);
        Section(html, "solved", "「解決しましたか？」の回答 / \"Did that solve it?\"", SvgBarChart.Render("Did that solve it?",
        [
            new ChartBar("はい / Yes", report.SolvedYes, Share(report.SolvedYes, report.SolvedYes + report.SolvedNo)),
            new ChartBar("いいえ / No", report.SolvedNo, Share(report.SolvedNo, report.SolvedYes + report.SolvedNo), report.SolvedNo),
        ]));
        if (desk is not null)
        {
            Desk(html, desk);
        }

        NotUnderstood(html, report, examples);
        return html.Append("</body></html>").ToString();
    }

    private static void Cards(StringBuilder html, AnalyticsReport report)
    {
        html.Append("<div class=\"cards\">");
        Card(html, "conversations", "会話 / Conversations", report.Conversations.ToString(CultureInfo.InvariantCulture));
        Card(html, "containment-rate", "自己解決率 / Containment", Percent(report.ContainmentRate));
        Card(html, "escalation-rate", "エスカレーション率 / Escalation", Percent(report.EscalationRate));
        Card(html, "solved-rate", "解決した / Solved (yes)", Share(report.SolvedYes, report.SolvedYes + report.SolvedNo));
        html.Append("</div>");
    }

    // Take-over and handle times and satisfaction: per escalation reason and per rule the bot had applied.
    private static void Desk(StringBuilder html, DeskView desk)
    {
        html.Append("<section id=\"desk\"><h2>担当者対応 / The desk</h2>");
        DeskTable(html, "desk-by-reason", "理由別 / By reason", desk.Figures.ByReason, id => SupportBot.Bot.AgentConsole.Pages.ConsoleLabels.Reason(desk.Knowledge, id));
        DeskTable(html, "desk-by-rule", "ルール別 / By rule", desk.Figures.ByRule, id => SupportBot.Bot.AgentConsole.Pages.ConsoleLabels.Rule(desk.Knowledge, id) ?? id);
        html.Append("</section>");
    }

    private static void DeskTable(StringBuilder html, string id, string title, IReadOnlyList<SupportBot.Bot.Escalation.Metrics.DeskRow> rows, Func<string, string> label)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h3>{E(title)}</h3>");
        if (rows.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"empty\" id=\"{id}\">この期間のエスカレーションはありません / No escalations in this period</p>");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<table id=\"{id}\"><thead><tr><th></th><th>件数 / Tickets</th><th>対応開始まで（中央値・分）/ To take-over (median, min)</th><th>対応時間（中央値・分）/ Handle time (median, min)</th><th>満足度 / Satisfaction (1–5)</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            var satisfaction = row.Satisfaction is { } mean ? string.Create(CultureInfo.InvariantCulture, $"{mean:F1} ({row.Ratings})") : "—";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(label(row.Group))}</td><td class=\"n\">{row.Tickets}</td><td class=\"n\">{E(Minutes(row.TakeOverMinutes))}</td><td class=\"n\">{E(Minutes(row.HandleMinutes))}</td><td class=\"n\">{E(satisfaction)}</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Minutes(double? minutes) => minutes is { } m ? m.ToString("F0", CultureInfo.InvariantCulture) : "—";

    private static void Card(StringBuilder html, string id, string title, string figure) =>
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"card\" id=\"{id}\"><div>{E(title)}</div><div class=\"figure\">{E(figure)}</div></div>");

    private static void Funnels(StringBuilder html, AnalyticsReport report)
    {
        html.Append("<section id=\"funnels\"><h2>離脱したステップ / Where customers stop</h2>")
            .Append("<p class=\"legend\"><span style=\"background:#1565c0\"></span>到達 / reached<span style=\"background:#c62828\"></span>ここで離脱 / left here (no answer after this question)</p>");
        if (report.Funnels.Count == 0)
        {
            html.Append("<p class=\"empty\">データなし / No data</p>");
        }

        foreach (var funnel in report.Funnels)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(funnel.Dialog)}</h3>").Append(SvgBarChart.Render(
                funnel.Dialog,
                funnel.Steps.Select(s => new ChartBar(s.Step, s.Reached, $"{s.Reached} / {s.Abandoned}", s.Abandoned)).ToList()));
        }

        html.Append("</section>");
    }

    private static void NotUnderstood(StringBuilder html, AnalyticsReport report, MissedMessageForm? examples)
    {
        html.Append("<section id=\"not-understood\"><h2>理解できなかった発言 / Messages the bot did not understand</h2>")
            .Append("<p>多い順。同義語や FAQ の追加候補です。/ Most frequent first: candidates for synonyms or FAQ entries.</p>")
            .Append(SvgBarChart.Render("Messages the bot did not understand",
                report.NotUnderstood.Take(NotUnderstoodChartRows).Select(r => new ChartBar(r.Label, r.Count, r.Count.ToString(CultureInfo.InvariantCulture))).ToList()));
        if (report.NotUnderstood.Count > 0)
        {
            var pick = examples is null ? string.Empty : "<th>どの意味？ / What it meant</th>";
            html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>発言 / Message (masked)</th><th>回数 / Count</th>{pick}</tr></thead><tbody>");
            foreach (var row in report.NotUnderstood)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(row.Label)}</td><td class=\"n\">{row.Count}</td>");
                if (examples is not null)
                {
                    // One click: the lead picks the meaning and the message becomes an example of it.
                    html.Append(CultureInfo.InvariantCulture, $"<td><form class=\"example\" method=\"post\" action=\"{E(examples.Action)}\">")
                        .Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"{E(examples.RequestToken)}\">")
                        .Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"text\" value=\"{E(row.Label)}\">")
                        .Append("<select name=\"target\" aria-label=\"意味 / Meaning\">");
                    foreach (var (value, label) in examples.Targets)
                    {
                        html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(value)}\">{E(label)}</option>");
                    }

                    html.Append("</select> <button type=\"submit\">例文にする / Add as example</button></form></td>");
                }

                html.Append("</tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section>");
    }

    private static void Section(StringBuilder html, string id, string title, string chart) =>
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\"><h2>{E(title)}</h2>").Append(chart).Append("</section>");

    private static string Share(int count, int total) =>
        total == 0 ? count.ToString(CultureInfo.InvariantCulture) : $"{count} ({Percent((double)count / total)})";
}
