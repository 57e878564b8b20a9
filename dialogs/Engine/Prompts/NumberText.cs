using System.Globalization;
using System.Text.RegularExpressions;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Engine.Prompts;

/// <summary>Finds the first number in an utterance ("３個", "1,234円", "1,5 Stück" in German).</summary>
public static class NumberText
{
    public static bool TryParse(string? utterance, CultureInfo culture, out decimal number)
    {
        ArgumentNullException.ThrowIfNull(culture);
        number = 0;
        var text = TextNormalizer.Normalize(utterance);
        var format = culture.NumberFormat;
        var group = Regex.Escape(format.NumberGroupSeparator);
        var dec = Regex.Escape(format.NumberDecimalSeparator);
        var pattern = $@"[-+]?(?:[0-9]{{1,3}}(?:{group}[0-9]{{3}})+|[0-9]+)(?:{dec}[0-9]+)?";
        var match = Regex.Match(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success && decimal.TryParse(match.Value, NumberStyles.Number, culture, out number);
    }
}
