using BenchmarkDotNet.Attributes;
using SupportBot.Understanding;
using SupportBot.Understanding.Trained;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Benchmarks;

/// <summary>
/// What a knowledge reload costs the recognizer: building the phrase matchers (the baseline, all a reload did
/// before) against training the classifier on intent-examples.yaml, and the whole model with both.
/// </summary>
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    private RecognizerVocabulary _vocabulary = null!;

    [GlobalSetup]
    public void Setup() => _vocabulary = new RepositoryKnowledgeBase().Current.Vocabulary;

    [Benchmark(Baseline = true)]
    public object PhraseMatchers() => new IntentScorer(_vocabulary);

    [Benchmark]
    public object TrainClassifier() => IntentClassifier.Train(_vocabulary.Examples);

    [Benchmark]
    public object WholeModel() => new RecognizerModel(_vocabulary);
}
