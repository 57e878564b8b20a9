using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using SupportBot.Dialogs.Answering;
using SupportBot.Understanding;
using SupportBot.Knowledge;
using SupportBot.Testing.Hosting;

namespace SupportBot.Dialogs.Benchmarks;

/// <summary>
/// Intent and FAQ models compared on a writer-held-out split: for each independent writer, every model is trained on
/// the knowledge files without that writer's examples and tested on them. Reports accuracy, confident mistakes (a
/// wrong label given), abstentions (none given) and the mean time per message, over all writers.
/// </summary>
public static class ModelComparison
{
    public static int Run()
    {
        var content = Path.Combine(RepositoryRoot.Path, "knowledge", "content");
        var intents = WriterSplit.Examples(Path.Combine(content, "intent-examples.yaml"), faq: false);
        var questions = WriterSplit.Examples(Path.Combine(content, "faq.yaml"), faq: true);
        var writers = intents.Select(e => e.Writer).Concat(questions.Select(e => e.Writer)).Distinct().Order().ToList();
        var results = new Dictionary<string, Tally>();
        var now = new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.FromHours(9));
        foreach (var writer in writers)
        {
            var copy = WriterSplit.ContentWithout(content, writer);
            try
            {
                var loaded = KnowledgeLoader.Load(copy.FullName);
                var snapshot = loaded.Snapshot ?? throw new InvalidOperationException(string.Join("; ", loaded.Errors));
                var knowledge = new FixedKnowledge(snapshot);
                var recognizer = new OfflineRecognizer(knowledge);
                var mlnet = MlNetIntents.Train(snapshot);

                // Train every model before timing: the first call of each builds it.
                foreach (var method in new[] { IntentMethod.Rules, IntentMethod.Classifier, IntentMethod.Blend })
                {
                    recognizer.Recognize("キャンセルしたい", "ja-JP", now, method);
                }

                FaqMatcher.FindQuestion("返金はいつ？", snapshot);
                AnswerIndex.Rank("返金はいつ？", snapshot, "ja");
                AnswerIndex.Rank("refund", snapshot, "en");
                foreach (var (_, gold, text, fromStories) in intents.Where(e => e.Writer == writer))
                {
                    var read = JapaneseReadings.Canonical(text, snapshot.Vocabulary);
                    var locale = TextIsJapanese(read) ? "ja-JP" : "en-US";
                    foreach (var method in new[] { IntentMethod.Rules, IntentMethod.Classifier, IntentMethod.Blend })
                    {
                        Count(results, "intent: " + method, gold, () => Top(recognizer.Recognize(read, locale, now, method)));
                    }

                    Count(results, fromStories ? "intent: Blend, on lines taken from stories" : "intent: Blend, on the writers' own messages", gold, () => Top(recognizer.Recognize(read, locale, now, IntentMethod.Blend)));
                    Count(results, "intent: ML.NET SDCA max-entropy, char n-grams", gold, () => mlnet.Predict(read, snapshot.Vocabulary.Examples.MinConfidence));
                }

                foreach (var (_, gold, text, fromStories) in questions.Where(e => e.Writer == writer))
                {
                    var read = JapaneseReadings.Canonical(text, snapshot.Vocabulary);
                    var language = TextIsJapanese(read) ? "ja" : "en";
                    Count(results, "faq: classifier (FaqMatcher)", gold, () => FaqMatcher.FindQuestion(read, snapshot)?.Id);
                    Count(results, "faq: BM25 over all passages", gold, () =>
                        AnswerIndex.Rank(read, snapshot, language) is { Count: > 0 } ranked && ranked[0].Score >= QuestionAnswerer.MinScore ? Entry(ranked[0].Passage.Id) : null);
                    Count(results, "faq: blend (QuestionAnswerer), asks A or B when unsure", gold, () =>
                        QuestionAnswerer.Choose(read, snapshot, language) is var choice && choice.Unsure ? Asked : choice.Answer?.Id is { } id ? Entry(id) : null);

                    // The writers' own questions are the set earlier rounds measured; story lines joined it later.
                    Count(results, fromStories ? "faq: blend, on questions taken from stories" : "faq: blend, on the writers' own questions", gold, () =>
                        QuestionAnswerer.Choose(read, snapshot, language) is var choice && choice.Unsure ? Asked : choice.Answer?.Id is { } id ? Entry(id) : null);
                }
            }
            finally
            {
                copy.Delete(recursive: true);
            }
        }

        Console.WriteLine($"Writer-held-out split: {writers.Count} writers ({string.Join(", ", writers)}); {intents.Count} request messages ({intents.Count(i => i.FromStories)} of them from stories), {questions.Count} questions ({questions.Count(q => q.FromStories)} of them from stories).");
        Console.WriteLine();
        Console.WriteLine("| model | messages | accuracy | confident wrong | abstained | asked A or B | µs per message |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, t) in results)
        {
            Console.WriteLine($"| {name} | {t.Total} | {t.Right / (double)t.Total:P0} | {t.Wrong / (double)t.Total:P0} | {t.Abstained / (double)t.Total:P0} | {t.Asked / (double)t.Total:P0} | {t.Ticks * 1_000_000.0 / Stopwatch.Frequency / t.Total:F0} |");
        }

        return 0;
    }

    // The model asked "A or B?" instead of answering.
    private const string Asked = "(asked)";

    // A passage that is not an FAQ entry answers no FAQ question (it counts as wrong, not as abstaining).
    private static string Entry(string passageId) => passageId.StartsWith("faq.", StringComparison.Ordinal) ? passageId[4..] : passageId;

    private static string? Top(Microsoft.Bot.Builder.RecognizerResult result)
    {
        var intent = result.Intents.OrderByDescending(i => i.Value.Score ?? 0).Select(i => i.Key).FirstOrDefault();
        return intent is null or SupportIntents.None ? null : intent;
    }

    private static bool TextIsJapanese(string text) => text.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');

    private static void Count(Dictionary<string, Tally> results, string model, string gold, Func<string?> predict)
    {
        var tally = results.TryGetValue(model, out var t) ? t : results[model] = new Tally();
        var clock = Stopwatch.GetTimestamp();
        var predicted = predict();
        tally.Ticks += Stopwatch.GetTimestamp() - clock;
        tally.Total++;
        if (predicted is null)
        {
            tally.Abstained++;
        }
        else if (predicted == Asked)
        {
            tally.Asked++;
        }
        else if (predicted == gold)
        {
            tally.Right++;
        }
        else
        {
            tally.Wrong++;
        }
    }

    private sealed class Tally
    {
        public int Total { get; set; }

        public int Right { get; set; }

        public int Wrong { get; set; }

        public int Abstained { get; set; }

        public int Asked { get; set; }

        public long Ticks { get; set; }
    }

    private sealed class FixedKnowledge(KnowledgeSnapshot snapshot) : IKnowledgeBase
    {
        public KnowledgeSnapshot Current => snapshot;
    }

    /// <summary>ML.NET's multiclass maximum-entropy (SDCA) over character and word n-grams, trained on the same examples.</summary>
    private sealed class MlNetIntents
    {
        private readonly PredictionEngine<Example, Prediction> _engine;
        private readonly string[] _labels;

        private MlNetIntents(PredictionEngine<Example, Prediction> engine, string[] labels) => (_engine, _labels) = (engine, labels);

        public static MlNetIntents Train(KnowledgeSnapshot snapshot)
        {
            var ml = new MLContext(seed: 20261206);
            var rows = snapshot.Vocabulary.Examples.Intents
                .SelectMany(i => i.Value.All.Select(t => new Example { Label = i.Key, Text = JapaneseReadings.Canonical(t, snapshot.Vocabulary) }))
                .ToList();
            var pipeline = ml.Transforms.Conversion.MapValueToKey(nameof(Example.Label))
                .Append(ml.Transforms.Text.FeaturizeText("Features", new Microsoft.ML.Transforms.Text.TextFeaturizingEstimator.Options
                {
                    CharFeatureExtractor = new Microsoft.ML.Transforms.Text.WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
                    WordFeatureExtractor = new Microsoft.ML.Transforms.Text.WordBagEstimator.Options { NgramLength = 1 },
                }, nameof(Example.Text)))
                .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(nameof(Example.Label), "Features"));
            var model = pipeline.Fit(ml.Data.LoadFromEnumerable(rows));
            var labels = new VBuffer<ReadOnlyMemory<char>>();
            model.GetOutputSchema(ml.Data.LoadFromEnumerable(rows).Schema)["Score"].GetSlotNames(ref labels);
            return new MlNetIntents(ml.Model.CreatePredictionEngine<Example, Prediction>(model), [.. labels.DenseValues().Select(l => l.ToString())]);
        }

        public string? Predict(string text, double minConfidence)
        {
            var scores = _engine.Predict(new Example { Text = text, Label = string.Empty }).Score;
            var best = Array.IndexOf(scores, scores.Max());
            return scores[best] < minConfidence || _labels[best] == SupportIntents.None ? null : _labels[best];
        }
    }

    private sealed class Example
    {
        public string Label { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;
    }

    private sealed class Prediction
    {
        public float[] Score { get; set; } = [];
    }
}
