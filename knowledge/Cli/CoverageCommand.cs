using System.Globalization;

namespace SupportBot.Knowledge.Cli;

/// <summary>coverage: every stage × seller × payment combination and the rule it reaches.</summary>
internal static class CoverageCommand
{
    public static int Run(string? directory, string lang, CliText text, TextWriter output, TextWriter error)
    {
        var snapshot = CliApp.Load(directory, error);
        if (snapshot is null)
        {
            return CliApp.Invalid;
        }

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
                        Timing(snapshot, d.RefundTiming, lang)));
                    count++;
                }
            }
        }

        output.WriteLine(text.Get($"{count} 通りすべてにルールがあります（版 {snapshot.Version}）。", $"All {count} combinations have a rule (version {snapshot.Version})."));
        return CliApp.Ok;
    }

    private static string Named(string id, LocalizedText label, string lang) =>
        LocalizedText.IsEnglish(lang) ? $"{id} ({label.En})" : $"{id}（{label.Ja}）";

    internal static string Timing(KnowledgeSnapshot snapshot, RefundTiming t, string lang) =>
        string.Create(CultureInfo.InvariantCulture, $"{t.Expected.For(lang)} (> {t.OverdueAfterDays})");
}
