using System.Text.RegularExpressions;

namespace SupportBot.Understanding;

/// <summary>
/// A correction of one group of an order number given earlier (「最後は９０５５１８１でした」): a lone run of seven digits
/// replaces the seven-digit group it differs least from (a lone three-digit number is too often something else).
/// </summary>
public static partial class OrderNumberGroup
{
    /// <summary>The order number with the group replaced, or null when the message holds no lone group.</summary>
    public static string? Replace(string orderNumber, string? text)
    {
        ArgumentNullException.ThrowIfNull(orderNumber);
        var groups = orderNumber.Split('-');
        var match = LoneGroup().Match(FoldedText.From(text).Value);
        if (groups.Length != 3 || !match.Success)
        {
            return null;
        }

        var digits = match.Value;
        var candidates = Enumerable.Range(0, 3).Where(i => groups[i].Length == digits.Length).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var closest = candidates.OrderBy(i => groups[i].Zip(digits).Count(p => p.First != p.Second)).First();
        groups[closest] = digits;
        return string.Join("-", groups);
    }

    [GeneratedRegex(@"(?<![0-9\-])[0-9]{7}(?![0-9\-])")]
    private static partial Regex LoneGroup();
}
