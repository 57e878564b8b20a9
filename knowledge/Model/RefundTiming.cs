namespace SupportBot.Knowledge;

/// <summary>
/// How long a refund takes for one payment method, in the article's words, and the calendar-day limit past which
/// the bot treats it as late. <see cref="AfterSellerRefund"/>: how long this method's own leg takes once a marketplace
/// seller has refunded (the card company's days), when the article gives it.
/// </summary>
public sealed record RefundTiming(
    PaymentMethod Payment,
    LocalizedText Label,
    LocalizedText Expected,
    int OverdueAfterDays,
    bool PaidAtDelivery,
    LocalizedText RefundVia,
    IReadOnlyList<LocalizedText> Notes,
    LocalizedText? AfterSellerRefund = null)
{
    /// <summary>Days past the limit after <paramref name="elapsedCalendarDays"/> days (0 when not late).</summary>
    public int OverdueDays(int elapsedCalendarDays) => Math.Max(0, elapsedCalendarDays - OverdueAfterDays);

    /// <summary>Whether the outcome refunds nothing: the order was never paid for (cash on delivery, not received).</summary>
    public bool NothingPaidFor(Outcome outcome) => PaidAtDelivery && outcome is Outcome.Cancel or Outcome.RefuseDelivery;
}
