using System.Globalization;
using System.Text;

namespace SupportBot.Bot.AgentConsole.KnowledgeDesk;

/// <summary>
/// The support leads' knowledge page: the version serving, the last reload, every error with its file and line in
/// Japanese (English beside it), and a form to check a file against the running bot before saving it. No script.
/// </summary>
public static class KnowledgeDeskPage
{
    private const string Style =
        "*,*::before,*::after{box-sizing:border-box}body{font-family:system-ui,'Noto Sans CJK JP',sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#222;overflow-wrap:anywhere}" +
        "table{border-collapse:collapse;width:100%;table-layout:fixed}select,input{max-width:100%}td,th{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}" +
        ".ok{color:#2e7d32}.bad{color:#c62828}.en{color:#666;font-size:.85rem}.notice{background:#e8f5e9;padding:.5rem 1rem;border-radius:6px}" +
        "textarea{width:100%;min-height:16rem;font-family:monospace}code{overflow-wrap:anywhere}";

    public static string Render(KnowledgeDeskView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var health = view.Health;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>ナレッジ / Knowledge — SupportBot</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<header><h1>ナレッジ / Knowledge</h1><nav><a href=\"/agent\">エスカレーション / Escalations</a> · <a href=\"/agent/analytics\">分析 / Analytics</a></nav></header>");
        if (view.Notice is { } notice)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"notice\" id=\"notice\">{E(notice)}</p>");
        }

        var healthy = health.LastReloadSucceeded;
        html.Append("<section id=\"status\"><h2>いまの状態 / Now serving</h2><table>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>状態 / Status</th><td class=\"{(healthy ? "ok" : "bad")}\">{(healthy ? "正常 / OK" : "エラーあり（一部のファイルは前の正しい版のまま） / Errors (some files on their last good version)")}</td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>版 / Version</th><td><code>{E(health.Version)}</code></td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>読み込み / Loaded</th><td>{Time(health.LoadedAt)}</td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th>最後の再読み込み / Last reload</th><td>{(health.LastReloadAt is { } at ? Time(at) : "—")}</td></tr>")
            .Append("</table></section>");

        html.Append("<section id=\"errors\"><h2>エラー / Errors</h2>");
        AppendErrors(html, health.Errors.Select(Parse).ToList(), "ファイルのエラーはありません。 / No errors.");
        html.Append("</section>");

        html.Append("<section id=\"check\"><h2>保存する前に確かめる / Check a file before saving it</h2>")
            .Append("<p>ファイルを選び、編集した内容をすべて貼り付けるか、編集したファイルをアップロードしてください。いま動いているボットの約束で確かめます（何も保存しません）。<br><span class=\"en\">Choose the file and paste its whole edited text, or upload the edited file: it is checked against the running bot; nothing is saved.</span></p>")
            .Append("<form method=\"post\" action=\"/agent/knowledge/validate\" enctype=\"multipart/form-data\">")
            .Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"{E(view.RequestToken)}\">")
            .Append("<label>ファイル / File <select name=\"file\">");
        foreach (var file in view.Files)
        {
            var selected = file == view.TrialFile ? " selected" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<option{selected}>{E(file)}</option>");
        }

        html.Append("</select></label> <label>またはファイルを選ぶ / or upload a file <input type=\"file\" name=\"upload\" accept=\".yaml\"></label>")
            .Append("<br><textarea name=\"text\" aria-label=\"内容 / Text\">").Append(E(view.TrialText ?? string.Empty)).Append("</textarea>")
            .Append("<button type=\"submit\">確かめる / Check</button></form>");
        if (view.TrialErrors is { } trial)
        {
            html.Append("<div id=\"trial\"><h3>結果 / Result</h3>");
            AppendErrors(html, trial, "エラーはありません。このまま保存できます。 / No errors: it can be saved as it is.");
            html.Append("</div>");
        }

        html.Append("</section></body></html>");
        return html.ToString();
    }

    private static void AppendErrors(StringBuilder html, IReadOnlyList<(string Where, string Ja, string En)> errors, string none)
    {
        if (errors.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"ok\">{E(none)}</p>");
            return;
        }

        html.Append("<table><thead><tr><th>場所 / Where</th><th>内容 / What</th></tr></thead><tbody>");
        foreach (var (where, ja, en) in errors)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><code>{E(where)}</code></td><td>{E(ja)}<br><span class=\"en\">{E(en)}</span></td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void AppendErrors(StringBuilder html, IReadOnlyList<SupportBot.Knowledge.KnowledgeError> errors, string none) =>
        AppendErrors(html, errors.Select(e => ($"{e.File}:{e.Line}:{e.Column}", e.Ja, e.En)).ToList(), none);

    // Health keeps errors as "file:line:col: 日本語 / English".
    private static (string Where, string Ja, string En) Parse(string error)
    {
        var colon = error.IndexOf(": ", StringComparison.Ordinal);
        var where = colon > 0 ? error[..colon] : string.Empty;
        var rest = colon > 0 ? error[(colon + 2)..] : error;
        var slash = rest.LastIndexOf(" / ", StringComparison.Ordinal);
        return slash > 0 ? (where, rest[..slash], rest[(slash + 3)..]) : (where, rest, string.Empty);
    }

    private static readonly System.Text.Encodings.Web.HtmlEncoder Encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string E(string? text) => Encoder.Encode(text ?? string.Empty);

    private static string Time(DateTimeOffset at) =>
        E(at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm:ss '(JST)'", CultureInfo.InvariantCulture));
}
