using System.Globalization;

namespace SupportBot.Knowledge.Cli;

/// <summary>
/// coverage: every stage × seller × payment combination and the rule it reaches; then every part of the content and
/// the customer routes that show it. Exits 1 when a part of the content, or a message, is shown by no route.
/// </summary>
internal static class CoverageCommand
{
    public static int Run(string? directory, string lang, CliText text, TextWriter output, TextWriter error)
    {
        var snapshot = CliApp.Load(directory, error);
        if (snapshot is null)
        {
            return CliApp.Invalid;
        }

        WriteCombinations(snapshot, lang, text, output);
        output.WriteLine();
        var unused = WriteRoutes(snapshot, lang, text, output);
        var unusedMessages = UnusedMessages(snapshot);
        foreach (var section in unused)
        {
            error.WriteLine(text.Get(
                $"{section.File}:{section.Line}: 「{section.Id}」はどの回答にも表示されません。faq.yaml の shows に加えるか、理由を書いて削除してください。",
                $"{section.File}:{section.Line}: '{section.Id}' is shown by no answer. Add it to an entry's shows in faq.yaml, or remove it with a note why."));
        }

        foreach (var key in unusedMessages)
        {
            error.WriteLine(text.Get(
                $"messages.yaml: メッセージ「{key}」はどこからも使われていません。",
                $"messages.yaml: the message '{key}' is used nowhere."));
        }

        if (unused.Count > 0 || unusedMessages.Count > 0)
        {
            return CliApp.Invalid;
        }

        output.WriteLine(text.Get(
            $"{snapshot.Sections.Count} 件の内容すべてが、いずれかの回答で表示されます。",
            $"All {snapshot.Sections.Count} parts of the content are shown by some answer."));
        return CliApp.Ok;
    }

    /// <summary>Each part of the content with the routes that show it, in file order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Routes(KnowledgeSnapshot snapshot, string lang)
    {
        var routes = snapshot.Sections.Keys.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var use in ContentUses.All.Where(u => routes.ContainsKey(u.Section)))
        {
            routes[use.Section].Add(LocalizedText.IsEnglish(lang) ? use.RouteEn : use.RouteJa);
        }

        foreach (var entry in snapshot.Faq.Entries)
        {
            foreach (var id in entry.Shows.Where(routes.ContainsKey))
            {
                routes[id].Add("FAQ: " + entry.Question.For(lang));
            }
        }

        // A text written once and included elsewhere with `see:` is shown wherever the including part is.
        foreach (var (id, referrers) in snapshot.SeenFrom.Where(kv => routes.ContainsKey(kv.Key)))
        {
            routes[id].Add((LocalizedText.IsEnglish(lang) ? "included by " : "参照元: ") + string.Join(", ", referrers));
        }

        return routes.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal);
    }

    private static List<ContentSection> WriteRoutes(KnowledgeSnapshot snapshot, string lang, CliText text, TextWriter output)
    {
        output.WriteLine(string.Join('\t', text.Get("内容", "content"), text.Get("場所", "where"), text.Get("表示される経路", "shown by")));
        var unused = new List<ContentSection>();
        foreach (var (id, routes) in Routes(snapshot, lang))
        {
            var section = snapshot.Sections[id];
            output.WriteLine(string.Join('\t', id, $"{section.File}:{section.Line}", routes.Count == 0 ? text.Get("（なし）", "(none)") : string.Join(" / ", routes)));
            if (routes.Count == 0)
            {
                unused.Add(section);
            }
        }

        return unused;
    }

    /// <summary>Messages no code declares, no escalation trigger names and no shown table uses as a column label.</summary>
    private static List<string> UnusedMessages(KnowledgeSnapshot snapshot)
    {
        var shown = snapshot.Faq.Entries.SelectMany(e => e.Shows).Select(id => snapshot.Sections[id]);
        var columns = shown
            .SelectMany(s => s.Blocks)
            .SelectMany(b => b.Items)
            .Where(i => i.Details.Count > 1)
            .SelectMany(i => i.Details)
            .Select(d => "column." + d.Column)
            .ToHashSet(StringComparer.Ordinal);
        var escalation = snapshot.Escalation.Rules.Values.Select(r => r.MessageKey).ToHashSet(StringComparer.Ordinal);
        return [.. snapshot.Messages.Keys.Where(k => !MessageKeys.IsDeclared(k) && !escalation.Contains(k) && !columns.Contains(k)).Order(StringComparer.Ordinal)];
    }

    private static void WriteCombinations(KnowledgeSnapshot snapshot, string lang, CliText text, TextWriter output)
    {
        output.WriteLine(string.Join('\t', text.Get("ステータス", "stage"), text.Get("出品者", "seller"), text.Get("支払方法", "payment"), text.Get("ルール", "rule"), text.Get("結果", "outcome"), text.Get("返金目安", "refund")));
        var count = 0;
        foreach (var stage in KnowledgeIds.Stages)
        {
            foreach (var seller in KnowledgeIds.Sellers)
            {
                foreach (var payment in KnowledgeIds.Payments)
                {
                    var d = snapshot.Decide(stage, seller, payment);
                    output.WriteLine(string.Join(
                        '\t',
                        Named(KnowledgeIds.Id(stage), snapshot.StageInfo(stage).Label, lang),
                        Named(KnowledgeIds.Id(seller), snapshot.SellerInfo(seller).Label, lang),
                        Named(KnowledgeIds.Id(payment), d.RefundTiming!.Label, lang),
                        d.RuleId,
                        KnowledgeIds.Id(d.Outcome),
                        Timing(d.RefundTiming, lang)));
                    count++;
                }
            }
        }

        output.WriteLine(text.Get($"{count} 通りすべてにルールがあります（版 {snapshot.Version}）。", $"All {count} combinations have a rule (version {snapshot.Version})."));
    }

    private static string Named(string id, LocalizedText label, string lang) =>
        LocalizedText.IsEnglish(lang) ? $"{id} ({label.En})" : $"{id}（{label.Ja}）";

    internal static string Timing(RefundTiming t, string lang) =>
        string.Create(CultureInfo.InvariantCulture, $"{t.Expected.For(lang)} (> {t.OverdueAfterDays})");
}
