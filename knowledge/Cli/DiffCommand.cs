namespace SupportBot.Knowledge.Cli;

/// <summary>diff DIR_A DIR_B: which combinations change outcome, rule or refund timing between two versions of the content.</summary>
internal static class DiffCommand
{
    public static int Run(string directoryA, string directoryB, string lang, CliText text, TextWriter output, TextWriter error)
    {
        var a = CliApp.Load(directoryA, error);
        var b = CliApp.Load(directoryB, error);
        if (a is null || b is null)
        {
            return CliApp.Invalid;
        }

        output.WriteLine($"A: {directoryA} ({a.Version})");
        output.WriteLine($"B: {directoryB} ({b.Version})");
        var changes = 0;
        foreach (var stage in KnowledgeIds.Stages)
        {
            foreach (var seller in KnowledgeIds.Sellers)
            {
                foreach (var payment in KnowledgeIds.Payments)
                {
                    var before = a.Decide(stage, seller, payment);
                    var after = b.Decide(stage, seller, payment);
                    var differences = new List<string>();
                    if (before.Outcome != after.Outcome)
                    {
                        differences.Add($"{text.Get("結果", "outcome")} {KnowledgeIds.Id(before.Outcome)} → {KnowledgeIds.Id(after.Outcome)}");
                    }

                    if (before.RuleId != after.RuleId)
                    {
                        differences.Add($"{text.Get("ルール", "rule")} {before.RuleId} → {after.RuleId}");
                    }

                    var timingBefore = CoverageCommand.Timing(before.RefundTiming!, lang);
                    var timingAfter = CoverageCommand.Timing(after.RefundTiming!, lang);
                    if (timingBefore != timingAfter)
                    {
                        differences.Add($"{text.Get("返金目安", "refund")} {timingBefore} → {timingAfter}");
                    }

                    if (differences.Count > 0)
                    {
                        changes++;
                        output.WriteLine($"{KnowledgeIds.Id(stage)} × {KnowledgeIds.Id(seller)} × {KnowledgeIds.Id(payment)}: {string.Join("; ", differences)}");
                    }
                }
            }
        }

        output.WriteLine(text.Get($"変わる組み合わせ: {changes} 通り", $"Combinations that change: {changes}"));
        return CliApp.Ok;
    }
}
