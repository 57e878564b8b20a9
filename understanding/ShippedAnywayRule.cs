using System.Text.RegularExpressions;

namespace SupportBot.Understanding;

/// <summary>
/// 「キャンセルしたのに商品が届いた」, "I cancelled and it got delivered": a cancellation already made, then a concession,
/// then the order shipped or arrived. Phrase lists cannot list every word in between, so this is a pattern.
/// </summary>
public static partial class ShippedAnywayRule
{
    /// <summary>The span from the cancellation to the stage when the rule applies, else null.</summary>
    public static EntityMatch? Find(string folded, EntityMatch? stage)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (stage is null || stage.Value is not ("shipped" or "received"))
        {
            return null;
        }

        var cancelled = CancelledThen().Match(folded[..stage.Start]);
        return cancelled.Success
            ? new EntityMatch(SupportIntents.ShippedAnyway, "rule", cancelled.Index, stage.End)
            : null;
    }

    [GeneratedRegex(
        @"(?:きゃんせる(?:した(?!い)|済|ずみ|(?:依頼|申請|りくえすと)を?(?:した|出した))|取り?消した|とりけした|(?<![a-z])cancell?ed(?![a-z]))"
        + @"[^。.!?]{0,20}?(?:のに|はずが|はずなのに|けど|(?<![a-z])(?:but|yet|and|still)(?![a-z]))",
        RegexOptions.CultureInvariant)]
    private static partial Regex CancelledThen();
}
