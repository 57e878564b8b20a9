using System.Globalization;
using System.Text;
using SupportBot.Understanding.Trained;
using SupportBot.Knowledge;
using Xunit.Abstractions;

namespace SupportBot.Dialogs.Tests.Recognition;

/// <summary>
/// Five-fold cross-validation on intent-examples.yaml alone (never the held-out sets): how each training setting
/// generalises to examples it did not see. The default must be the best or within a point of it.
/// </summary>
public sealed class IntentClassifierCrossValidationTests(ITestOutputHelper output)
{
    private static readonly TrainingSettings[] Candidates =
    [
        TrainingSettings.Default,
        TrainingSettings.Default with { MaxGram = 3 },
        TrainingSettings.Default with { LearningRate = 0.4 },
        TrainingSettings.Default with { LearningRate = 1.2 },
        TrainingSettings.Default with { BalanceIntents = false },
    ];

    [Fact]
    public void The_default_settings_generalise_best_across_folds()
    {
        var examples = RepositoryKnowledge.Instance.Current.Vocabulary.Examples;
        var report = new StringBuilder("| settings | cross-validated accuracy |\n|---|---|\n");
        var scores = Candidates.Select(settings =>
        {
            var accuracy = CrossValidate(examples, settings, folds: 5);
            report.Append(CultureInfo.InvariantCulture, $"| {settings} | {accuracy:P1} |\n");
            return accuracy;
        }).ToList();
        output.WriteLine(report.ToString());

        Assert.True(scores[0] >= scores.Max() - 0.01, report.ToString());
        Assert.True(scores[0] >= 0.75, $"cross-validated accuracy {scores[0]:P1}");
    }

    private static double CrossValidate(IntentExamples examples, TrainingSettings settings, int folds)
    {
        var all = examples.Intents.SelectMany(i => i.Value.Ja.Select(t => (i.Key, t, ja: true)).Concat(i.Value.En.Select(t => (i.Key, t, ja: false)))).ToList();
        var right = 0;
        for (var fold = 0; fold < folds; fold++)
        {
            var test = all.Where((_, n) => n % folds == fold).ToList();
            var train = all.Where((_, n) => n % folds != fold)
                .GroupBy(x => x.Key)
                .ToDictionary(g => g.Key, g => new Phrases(g.Where(x => x.ja).Select(x => x.t).ToList(), g.Where(x => !x.ja).Select(x => x.t).ToList()));
            var classifier = IntentClassifier.Train(new IntentExamples(train, examples.MinConfidence), settings);
            right += test.Count(x => classifier.Predict(x.t)[0].Intent == x.Key);
        }

        return (double)right / all.Count;
    }
}
