using SupportBot.Knowledge;

namespace SupportBot.Understanding.Trained;

/// <summary>
/// A multinomial logistic regression over <see cref="TextFeatures"/>, trained from intent-examples.yaml each time the
/// knowledge base loads. Its probabilities are the confidence (see <see cref="IntentBlend"/> for how they are used).
/// Training is deterministic (fixed seed and order), so the same files always give the same answers.
/// </summary>
public sealed class IntentClassifier
{
    private readonly Dictionary<string, int> _features;
    private readonly string[] _intents;
    private readonly double[][] _weights;
    private readonly double[] _bias;

    private readonly TrainingSettings _settings;

    private IntentClassifier(Dictionary<string, int> features, string[] intents, double[][] weights, double[] bias, double outOfScopeBelow, TrainingSettings settings)
    {
        _settings = settings;
        _features = features;
        _intents = intents;
        _weights = weights;
        _bias = bias;
        MinConfidence = outOfScopeBelow;
    }

    public double MinConfidence { get; }

    public IReadOnlyList<string> Intents => _intents;

    public static IntentClassifier Train(IntentExamples examples, TrainingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        settings ??= TrainingSettings.Default;
        var intents = examples.Intents.Keys.Order(StringComparer.Ordinal).ToArray();
        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        var samples = new List<(int[] Features, double Norm, int Label)>();
        for (var label = 0; label < intents.Length; label++)
        {
            foreach (var text in examples.Intents[intents[label]].All)
            {
                var indices = TextFeatures.Of(text, settings.MaxGram).Distinct(StringComparer.Ordinal)
                    .Select(f => features.TryGetValue(f, out var i) ? i : features[f] = features.Count)
                    .ToArray();
                samples.Add((indices, 1.0 / Math.Sqrt(Math.Max(1, indices.Length)), label));
            }
        }

        // Each intent weighs the same in all, however many examples it has: CancelOrder's many must not pull every
        // unsure message towards a cancellation.
        var perIntent = samples.GroupBy(x => x.Label).ToDictionary(g => g.Key, g => g.Count());
        var classWeight = intents.Select((_, i) => settings.BalanceIntents ? (double)samples.Count / (intents.Length * perIntent.GetValueOrDefault(i, 1)) : 1.0).ToArray();
        var weights = intents.Select(_ => new double[features.Count]).ToArray();
        var bias = new double[intents.Length];
        var order = Enumerable.Range(0, samples.Count).ToArray();
        var random = new Random(20261204);
        var probabilities = new double[intents.Length];
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = settings.LearningRate / (1 + (epoch * 0.1));
            foreach (var index in order)
            {
                var (indices, norm, label) = samples[index];
                Probabilities(weights, bias, indices, norm, probabilities);
                for (var c = 0; c < intents.Length; c++)
                {
                    var gradient = (probabilities[c] - (c == label ? 1 : 0)) * classWeight[label];
                    var row = weights[c];
                    foreach (var f in indices)
                    {
                        row[f] -= rate * ((gradient * norm) + (settings.L2 * row[f]));
                    }

                    bias[c] -= rate * gradient * 0.1;
                }
            }
        }

        return new IntentClassifier(features, intents, weights, bias, examples.MinConfidence, settings);
    }

    /// <summary>Every intent with its probability, best first.</summary>
    public IReadOnlyList<(string Intent, double Probability)> Predict(string text)
    {
        var distinct = TextFeatures.Of(text ?? string.Empty, _settings.MaxGram).Distinct(StringComparer.Ordinal).ToList();
        var indices = distinct.Select(f => _features.TryGetValue(f, out var i) ? i : -1).Where(i => i >= 0).ToArray();
        var all = distinct.Count;
        var probabilities = new double[_intents.Length];
        Probabilities(_weights, _bias, indices, 1.0 / Math.Sqrt(Math.Max(1, all)), probabilities);
        return _intents.Select((intent, i) => (intent, probabilities[i])).OrderByDescending(p => p.Item2).ToList();
    }

    private static void Probabilities(double[][] weights, double[] bias, int[] indices, double norm, double[] into)
    {
        var max = double.NegativeInfinity;
        for (var c = 0; c < weights.Length; c++)
        {
            var sum = bias[c];
            var row = weights[c];
            foreach (var f in indices)
            {
                sum += row[f] * norm;
            }

            into[c] = sum;
            max = Math.Max(max, sum);
        }

        var total = 0.0;
        for (var c = 0; c < into.Length; c++)
        {
            into[c] = Math.Exp(into[c] - max);
            total += into[c];
        }

        for (var c = 0; c < into.Length; c++)
        {
            into[c] /= total;
        }
    }
}
