namespace SupportBot.Dialogs.Engine.Choices;

/// <summary>Separators of an inline choice list, e.g. "(1) A, (2) B, or (3) C".</summary>
public sealed record ChoiceFactoryOptions
{
    public string InlineSeparator { get; init; } = ", ";

    public string InlineOr { get; init; } = " or ";

    public string InlineOrMore { get; init; } = ", or ";

    public bool IncludeNumbers { get; init; } = true;

    /// <summary>Locale defaults, as the official engine keeps them next to its prompts.</summary>
    public static ChoiceFactoryOptions ForLocale(string? locale) =>
        locale is not null && locale.StartsWith("ja", StringComparison.OrdinalIgnoreCase)
            ? new ChoiceFactoryOptions { InlineSeparator = "、", InlineOr = " または ", InlineOrMore = "、または " }
            : new ChoiceFactoryOptions();
}
