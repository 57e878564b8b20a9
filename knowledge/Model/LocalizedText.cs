namespace SupportBot.Knowledge;

/// <summary>A customer-facing text in Japanese (the default) and English.</summary>
public sealed record LocalizedText(string Ja, string En)
{
    public const string Japanese = "ja";
    public const string English = "en";

    /// <summary>The text for a language tag ("en", "en-US" → English; anything else → Japanese).</summary>
    public string For(string? language) => IsEnglish(language) ? En : Ja;

    public static bool IsEnglish(string? language) =>
        language is not null && language.StartsWith(English, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Ja;
}
