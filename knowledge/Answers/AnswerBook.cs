using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SupportBot.Knowledge;

/// <summary>
/// Every answer the bot can give, as one HTML page a lead reads in one sitting: each outcome for each stage × seller
/// × payment in both languages (bubbles as the customer sees them, then what waits behind the buttons), each FAQ
/// answer, the desk's lines, and every message; each line with its source.
/// </summary>
public static partial class AnswerBook
{
    public static string Html(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var html = new StringBuilder();
        html.Append("""
            <!doctype html>
            <html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>回答ブック / Answer book</title>
            <style>
            body{font-family:"Noto Sans CJK JP",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#222}
            .answer{border-top:1px solid #ccc;padding:.5rem 0}
            .bubble{background:#f1f3f6;border-radius:12px;padding:.5rem .8rem;margin:.4rem 0;max-width:26rem}
            .more{background:#fff8e6}
            .line{margin:0}
            .src{color:#777;font-size:.75rem;margin-left:.5rem;font-family:monospace}
            .len{color:#777;font-size:.75rem}
            </style></head><body>
            <h1>回答ブック / Answer book</h1>
            <p>ボットが答えるすべての案内です。各行の右に出典（ファイル#項目）があります。このページは
            <code>dotnet run --project knowledge -- answer-book</code> で作り直されます。手で編集しないでください。<br>
            Every answer the bot gives, each line with its source (file#item). Regenerate it with the command above; do not edit it by hand.</p>

            """);
        html.Append("<h2>案内（ステータス × 出品者 × 支払方法） / Outcomes</h2>\n");
        foreach (var outcome in AnswerCheck.EveryOutcome(knowledge))
        {
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"answer\"><h3>{Escape(AnswerCheck.Name(outcome))}</h3>\n");
            Article(html, knowledge, outcome.Language, "decision-rules.yaml#" + outcome.Decision.RuleId, outcome.Decision.Payment is { } paid ? "refund-timing.yaml#" + KnowledgeIds.Id(paid) : null);
            foreach (var bubble in outcome.Now)
            {
                Bubble(html, bubble, "bubble");
            }

            html.Append(CultureInfo.InvariantCulture, $"<p class=\"len\">{outcome.Now.Sum(b => b.PlainLength)} 文字 / characters</p>\n");
            foreach (var bubble in outcome.Cautions.Concat(outcome.IfFails))
            {
                Bubble(html, bubble, "bubble more");
            }

            html.Append("</section>\n");
        }

        html.Append("<h2>よくある質問 / FAQ</h2>\n");
        foreach (var language in new[] { LocalizedText.Japanese, LocalizedText.English })
        {
            foreach (var entry in knowledge.Faq.Entries)
            {
                html.Append(CultureInfo.InvariantCulture, $"<section class=\"answer\"><h3>{Escape(entry.Question.For(language))}</h3>\n");
                Article(html, knowledge, language, "faq.yaml#" + entry.Id, null);
                var lines = new List<AnswerLine>();
                if (entry.Answer is { } answer)
                {
                    lines.Add(new AnswerLine(answer.For(language), "faq.yaml#" + entry.Id));
                }

                foreach (var id in entry.Shows.Where(knowledge.Sections.ContainsKey))
                {
                    var section = knowledge.Sections[id];
                    lines.AddRange(SectionLines.Of(section, language));
                }

                Bubble(html, new AnswerBubble(lines), "bubble");
                html.Append("</section>\n");
            }
        }

        html.Append("<h2>担当者の受付 / The desk</h2>\n<section class=\"answer\">\n");
        var monday = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(9));
        var sunday = new DateTimeOffset(2026, 12, 6, 0, 21, 0, TimeSpan.FromHours(9));
        foreach (var (when, label) in new[] { (monday, "月曜 10:00 / Monday 10:00"), (sunday, "日曜 0:21 / Sunday 0:21") })
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{label}</h3>\n");
            foreach (var language in new[] { LocalizedText.Japanese, LocalizedText.English })
            {
                var line = DeskAnswer.For(knowledge, when, language);
                Bubble(html, new AnswerBubble(line is null ? [new AnswerLine("（store.yaml に受付時間の設定なし / no hours set）", "store.yaml")] : [line]), "bubble");
            }
        }

        html.Append("</section>\n<h2>メッセージ / Messages</h2>\n");
        foreach (var key in knowledge.Messages.Keys.Order(StringComparer.Ordinal))
        {
            var text = knowledge.Messages.Template(key).Text;
            html.Append("<section class=\"answer\">\n");
            Bubble(html, new AnswerBubble([new AnswerLine(text.Ja, "messages.yaml#" + key), new AnswerLine(text.En, "messages.yaml#" + key)]), "bubble");
            html.Append("</section>\n");
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    // The article's sections the entry names as its source (answers.yaml `sources`).
    private static void Article(StringBuilder html, KnowledgeSnapshot knowledge, string language, string entry, string? also)
    {
        var titles = new[] { entry, also }.OfType<string>()
            .SelectMany(key => knowledge.Answers.Sources.TryGetValue(key, out var named) ? named : [])
            .Select(t => "「" + t.For(language) + "」")
            .Distinct();
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"len\">記事 / Article: {Escape(string.Join(" ", titles))}</p>\n");
    }

    private static void Bubble(StringBuilder html, AnswerBubble bubble, string css)
    {
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"{css}\">\n");
        foreach (var line in bubble.Lines)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"line\">{Markdown(line.Text)}<span class=\"src\">{Escape(line.Source)}</span></p>\n");
        }

        html.Append("</div>\n");
    }

    private static string Markdown(string text) => Bold().Replace(Escape(text), "<strong>$1</strong>").Replace("\n", "<br>", StringComparison.Ordinal);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();
}
