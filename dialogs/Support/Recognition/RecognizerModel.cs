using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Recognition;

/// <summary>Everything the offline recognizer precomputes from one vocabulary: matchers and the spelling list.</summary>
public sealed class RecognizerModel
{
    public RecognizerModel(RecognizerVocabulary vocabulary)
    {
        Vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
        Intents = new IntentScorer(vocabulary);
        Entities = new VocabularyEntityExtractor(vocabulary);
        Spelling = new SpellingCorrector(Intents.LatinWords.Concat(Entities.LatinWords));
    }

    public RecognizerVocabulary Vocabulary { get; }

    public IntentScorer Intents { get; }

    public VocabularyEntityExtractor Entities { get; }

    public SpellingCorrector Spelling { get; }
}
