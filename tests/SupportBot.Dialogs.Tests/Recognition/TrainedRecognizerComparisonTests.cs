using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using SupportBot.Understanding;
using SupportBot.Testing.Hosting;
using Xunit.Abstractions;

namespace SupportBot.Dialogs.Tests.Recognition;

/// <summary>
/// The trained recognizer against the phrase rules on utterances.unseen.tsv, a set written before the classifier was
/// tuned and never trained on: intent accuracy, and precision and recall of "out of scope". Reported to
/// artifacts/recognizer-comparison.md; the asserts keep the measured gain (minus a margin), not an ideal.
/// </summary>
public sealed class TrainedRecognizerComparisonTests(ITestOutputHelper output)
{
    [Fact]
    public void The_trained_recognizer_beats_the_rules_on_the_unseen_set()
    {
        var unseen = LabelledUtterance.Load("utterances.unseen.tsv");
        var unseen2 = LabelledUtterance.Load("utterances.unseen2.tsv");
        var development = LabelledUtterance.Load("utterances.tsv").Concat(LabelledUtterance.Load("utterances.heldout.tsv")).ToList();
        var recognizer = new OfflineRecognizer(RepositoryKnowledge.Instance);
        var report = new StringBuilder("# Trained recognizer vs. phrase rules\n\n| set | method | n | intent accuracy | out-of-scope precision | out-of-scope recall |\n|---|---|---|---|---|---|\n");
        var figures = new Dictionary<(string, IntentMethod), Figures>();
        foreach (var (name, set) in new[] { ("unseen", unseen), ("unseen2", unseen2), ("development", (IReadOnlyList<LabelledUtterance>)development) })
        {
            foreach (var method in Enum.GetValues<IntentMethod>())
            {
                var f = Measure(recognizer, set, method);
                figures[(name, method)] = f;
                report.Append(CultureInfo.InvariantCulture, $"| {name} | {method} | {set.Count} | {f.Accuracy:P1} | {f.OutOfScopePrecision:P1} | {f.OutOfScopeRecall:P1} |\n");
            }
        }

        // The misses are listed only for the first set: the second stays unread, so it stays a fair measure.
        report.Append("\n## Unseen set, blend, wrong\n\n");
        foreach (var (text, expected, actual) in figures[("unseen", IntentMethod.Blend)].Wrong)
        {
            report.Append(CultureInfo.InvariantCulture, $"- `{text}`: expected {expected}, got {actual}\n");
        }

        output.WriteLine(report.ToString());
        var artifacts = Path.Combine(RepositoryRoot.Path, "artifacts");
        Directory.CreateDirectory(artifacts);
        File.WriteAllText(Path.Combine(artifacts, "recognizer-comparison.md"), report.ToString());

        var rules = figures[("unseen", IntentMethod.Rules)];
        var blend = figures[("unseen", IntentMethod.Blend)];
        Assert.True(unseen.Count >= 150 && unseen2.Count >= 150, "each unseen set has at least 150 utterances");
        var rules2 = figures[("unseen2", IntentMethod.Rules)];
        var blend2 = figures[("unseen2", IntentMethod.Blend)];
        Assert.True(blend2.Accuracy >= rules2.Accuracy + 0.05, $"second set: blend {blend2.Accuracy:P1} vs rules {rules2.Accuracy:P1}");
        Assert.True(blend.Accuracy >= rules.Accuracy + 0.10, $"blend {blend.Accuracy:P1} vs rules {rules.Accuracy:P1}");
        Assert.True(blend.OutOfScopeRecall >= 0.5, $"out-of-scope recall {blend.OutOfScopeRecall:P1}");
        Assert.True(blend.OutOfScopePrecision >= 0.6, $"out-of-scope precision {blend.OutOfScopePrecision:P1}");
        // The scripted conversations were tuned against the rules: the blend must not lose them.
        Assert.True(figures[("development", IntentMethod.Blend)].Accuracy >= 0.90, $"development {figures[("development", IntentMethod.Blend)].Accuracy:P1}");
    }

    private static Figures Measure(OfflineRecognizer recognizer, IReadOnlyList<LabelledUtterance> set, IntentMethod method)
    {
        var rows = set.Select(u =>
        {
            var result = recognizer.Recognize(u.Text, u.Japanese ? "ja-JP" : "en-US", LabelledUtterance.Now, method);
            var intent = result.GetTopScoringIntent().intent;
            // The rules have no out-of-scope intent: a message they leave without one is their "not covered".
            if (method == IntentMethod.Rules && intent == SupportIntents.None)
            {
                intent = SupportIntents.OutOfScope;
            }

            return (u.Text, Expected: u.Intent, Actual: intent);
        }).ToList();
        var predictedOut = rows.Count(r => r.Actual == SupportIntents.OutOfScope);
        var trueOut = rows.Count(r => r.Actual == SupportIntents.OutOfScope && r.Expected == SupportIntents.OutOfScope);
        var labelledOut = rows.Count(r => r.Expected == SupportIntents.OutOfScope);
        return new Figures(
            (double)rows.Count(r => r.Actual == r.Expected) / rows.Count,
            predictedOut == 0 ? 0 : (double)trueOut / predictedOut,
            labelledOut == 0 ? 1 : (double)trueOut / labelledOut,
            rows.Where(r => r.Actual != r.Expected).ToList());
    }

    private sealed record Figures(double Accuracy, double OutOfScopePrecision, double OutOfScopeRecall, List<(string Text, string Expected, string Actual)> Wrong);
}
