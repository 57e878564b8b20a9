namespace SupportBot.Knowledge;

/// <summary>Words and phrases customers type, per language (recognizer vocabulary, FAQ keywords).</summary>
public sealed record Phrases(IReadOnlyList<string> Ja, IReadOnlyList<string> En)
{
    public IReadOnlyList<string> For(string? language) => LocalizedText.IsEnglish(language) ? En : Ja;

    /// <summary>Both languages together: customers mix them ("PayPay", "ok").</summary>
    public IEnumerable<string> All => Ja.Concat(En);

    public static Phrases None { get; } = new([], []);
}
