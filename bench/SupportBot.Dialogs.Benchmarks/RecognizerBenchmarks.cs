using BenchmarkDotNet.Attributes;
using SupportBot.Understanding;

namespace SupportBot.Dialogs.Benchmarks;

/// <summary>
/// The offline recognizer on one utterance: normalization, phrase matching, entities, language guess, and the trained
/// classifier (Blend, what the bot runs) against the phrase rules alone (Rules, the recognizer before it), same run.
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private OfflineRecognizer _recognizer = null!;
    private DateTimeOffset _now;

    [Params(
        "ja: 注文をキャンセルしたい",
        "ja: ２５０－１２３４５６７－１２３４５６７",
        "ja: キャンセルしたのに発送されました。返金はいつですか",
        "ja: 返金がまだです。コンビニで払いました",
        "en: I want to cancel my order",
        "en: cancelled it but it shipped anyway, where is my refund?")]
    public string Utterance { get; set; } = string.Empty;

    [Params(IntentMethod.Rules, IntentMethod.Blend)]
    public IntentMethod Method { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _recognizer = new OfflineRecognizer(new RepositoryKnowledgeBase());
        _now = DateTimeOffset.UtcNow;
    }

    [Benchmark]
    public object Recognize() =>
        _recognizer.Recognize(Utterance[4..], Utterance.StartsWith("ja", StringComparison.Ordinal) ? "ja-JP" : "en-US", _now, Method);
}
