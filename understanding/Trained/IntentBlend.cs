namespace SupportBot.Understanding.Trained;

/// <summary>
/// Decides the turn's intent from the classifier and the vocabulary's phrases. A confident classifier wins (it reads
/// a question about cancelling as a question, where the phrase キャンセル alone would start a cancellation); an unsure
/// one defers to a phrase that matched; with neither, the message has no intent (not understood). Out of scope is
/// only ever the classifier's positive answer: gibberish is "not understood", not "not something we do".
/// A request the phrases found negated (「キャンセルしないで」) is never the classifier's answer.
/// </summary>
public static class IntentBlend
{
    /// <summary>Above this the classifier overrules the phrases.</summary>
    public const double Confident = 0.6;

    public static IReadOnlyList<(string Intent, double Score)> Choose(
        IReadOnlyList<(string Intent, double Score)> rules,
        IReadOnlyList<(string Intent, double Probability)> predicted,
        double minConfidence,
        IReadOnlySet<string> negated,
        IntentMethod method)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(predicted);
        if (method == IntentMethod.Rules)
        {
            return rules;
        }

        ArgumentNullException.ThrowIfNull(negated);
        var (intent, probability) = predicted.Count > 0 ? predicted[0] : (SupportIntents.None, 0);
        if (negated.Contains(intent))
        {
            return rules;
        }

        if (method == IntentMethod.Classifier)
        {
            return probability >= minConfidence ? Only(intent, probability) : [];
        }

        // Measured on messages from writers held out of training (bench/README.md), the classifier is right more
        // often than the phrases wherever it reaches min_confidence: the phrases only decide below it.
        if (probability >= minConfidence)
        {
            return Only(intent, probability, rules);
        }

        return rules;
    }

    // The chosen intent first, then the phrases' other candidates (CLU-style: every intent with a score).
    private static List<(string Intent, double Score)> Only(string intent, double score, IReadOnlyList<(string Intent, double Score)>? rest = null)
    {
        var list = new List<(string Intent, double Score)>();
        if (intent == SupportIntents.None)
        {
            return list;
        }

        list.Add((intent, Math.Round(score, 3)));

        foreach (var (other, otherScore) in rest ?? [])
        {
            if (other != intent)
            {
                list.Add((other, Math.Min(otherScore, Math.Round(score, 3) - 0.01)));
            }
        }

        return list;
    }
}
