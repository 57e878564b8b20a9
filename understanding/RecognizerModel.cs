using SupportBot.Understanding.Trained;
using SupportBot.Knowledge;

namespace SupportBot.Understanding;

/// <summary>Everything the offline recognizer precomputes from one vocabulary: matchers, the spelling list, the trained classifier.</summary>
public sealed class RecognizerModel
{
    public RecognizerModel(RecognizerVocabulary vocabulary)
    {
        Vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
        Intents = new IntentScorer(vocabulary);
        Entities = new VocabularyEntityExtractor(vocabulary);
        Spelling = new SpellingCorrector(Intents.LatinWords.Concat(Entities.LatinWords));
        Classifier = IntentClassifier.Train(new IntentExamples(
            vocabulary.Examples.Intents.ToDictionary(i => i.Key, i => JapaneseReadings.Canonical(i.Value, vocabulary), StringComparer.Ordinal),
            vocabulary.Examples.MinConfidence));
        Frustration = [.. vocabulary.Frustration.All.Select(p => SpokenJapanese.Simplify(FoldedText.From(p).Value)).Where(p => p.Length > 0)];
    }

    /// <summary>recognizer.yaml's frustration words, folded as messages are.</summary>
    public IReadOnlyList<string> Frustration { get; }

    public RecognizerVocabulary Vocabulary { get; }

    public IntentScorer Intents { get; }

    public VocabularyEntityExtractor Entities { get; }

    public SpellingCorrector Spelling { get; }

    public IntentClassifier Classifier { get; }
}
