namespace SupportBot.Knowledge;

/// <summary>How long a refund takes for one payment method, and how the money comes back.</summary>
public sealed record RefundTiming(
    PaymentMethod Payment,
    LocalizedText Label,
    int MinDays,
    int MaxDays,
    bool BusinessDays,
    LocalizedText RefundVia,
    IReadOnlyList<LocalizedText> Notes)
{
    /// <summary>MaxDays in calendar days: business days allow for a weekend per started working week.</summary>
    public int MaxCalendarDays => BusinessDays ? MaxDays + (2 * ((MaxDays + 4) / 5)) : MaxDays;

    /// <summary>Days past the maximum after <paramref name="elapsedCalendarDays"/> days (0 when not overdue).</summary>
    public int OverdueDays(int elapsedCalendarDays) => Math.Max(0, elapsedCalendarDays - MaxCalendarDays);
}
