using System.Globalization;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Knowledge;
using static SupportBot.Dialogs.Tests.TestSupport.Expect;
using static SupportBot.Dialogs.Tests.TestSupport.Script;

using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Refunds;

/// <summary>Refund conversations: each payment method's timing, overdue by days ago and by date, payment unknown.</summary>
internal static class RefundConversations
{
    public static IEnumerable<Conversation> All
    {
        get
        {
            foreach (var payment in KnowledgeIds.Payments)
            {
                // Paid at delivery: only an item received was paid for, so that is asked before the date.
                var paidAtDelivery = Snapshot.RefundTimingFor(payment).PaidAtDelivery;
                Turn[] toDate = paidAtDelivery
                    ? [Tapping(SellerButton(SellerType.Store), "ja", Says(MessageKeys.RefundAskReceived)), Tapping(StageButton(OrderStage.Received), "ja", Says(MessageKeys.RefundAskWhen))]
                    : [Tapping(SellerButton(SellerType.Store), "ja", Says(MessageKeys.RefundAskWhen))];
                yield return Conversation.Japanese(
                    $"refund within the timing for {KnowledgeIds.Id(payment)}",
                    [
                        Tapping(Label.Menu(MenuTopics.Refund), "ja", Says(MessageKeys.RefundAskPayment), Buttons(Label.Payment("credit_card"), Label.Payment("unknown"))),
                        Tapping(PaymentButton(payment), "ja", Says(MessageKeys.CancelAskSeller)),
                        .. toDate,
                        new Turn("1日前", Expected(payment), Within(payment, 1), Outcome("info", "refund-timing." + KnowledgeIds.Id(payment)), Says(MessageKeys.CommonDidThatSolve)),
                        Yes("ja", Says(MessageKeys.CommonClosingSolved)),
                    ]);

                var overdueAfter = Snapshot.RefundTimingFor(payment).OverdueAfterDays + Snapshot.Escalation.RefundDaysPastLimit;
                yield return Conversation.Japanese(
                    $"refund overdue for {KnowledgeIds.Id(payment)} escalates with the days overdue",
                    [
                    Tapping(Label.Menu(MenuTopics.Refund), "ja", Says(MessageKeys.RefundAskPayment)),
                    Tapping(PaymentButton(payment), "ja", Says(MessageKeys.CancelAskSeller)),
                    .. toDate,
                    new Turn(
                        overdueAfter.ToString(CultureInfo.InvariantCulture) + "日前",
                        Expected(payment),
                        Overdue(payment, overdueAfter),
                        Escalates("refund_overdue")),
                    ]);

                if (paidAtDelivery)
                {
                    yield return Conversation.Japanese(
                        $"refund for {KnowledgeIds.Id(payment)} not received: nothing was paid",
                        Tapping(Label.Menu(MenuTopics.Refund), "ja", Says(MessageKeys.RefundAskPayment)),
                        Tapping(PaymentButton(payment), "ja", Says(MessageKeys.CancelAskSeller)),
                        Tapping(SellerButton(SellerType.Store), "ja", Says(MessageKeys.RefundAskReceived)),
                        Tapping(StageButton(OrderStage.Shipped), "ja", Says(MessageKeys.RefundNothingPaid, ("payment", Snapshot.RefundTimingFor(payment).Label.For("ja"))), SaysNot(MessageKeys.RefundAskWhen), SaysNot(MessageKeys.RefundWithin)));
                }
            }

            // The recognizer counts days from the customer's local date, which on a test machine is the machine's.
            var date = DateTimeOffset.Now.AddDays(-20);
            yield return Conversation.Japanese(
                "refund overdue by a date escalates",
                new Turn("返金がまだ来ないです。クレジットカードで払いました", Says(MessageKeys.CancelAskSeller)),
                Tapping(SellerButton(SellerType.Store), "ja", Says(MessageKeys.RefundAskWhen)),
                new Turn(date.ToString("M/d", CultureInfo.InvariantCulture) + "にキャンセルしました", Overdue(PaymentMethod.CreditCard, 20), Escalates("refund_overdue")));

            yield return Conversation.Japanese(
                "refund with payment and days given up front answers at once",
                new Turn("ストアで買ってPayPayで払った注文の返金が2日前から来ない", Expected(PaymentMethod.EMoney), Within(PaymentMethod.EMoney, 2)),
                No("ja", Escalates("not_solved")));

            yield return Conversation.Japanese(
                "refund with unknown payment lists every method's timing",
                Tapping(Label.Menu(MenuTopics.Refund), "ja", Says(MessageKeys.RefundAskPayment)),
                Tapping(Label.Payment("unknown"), "ja", Says(MessageKeys.CancelAskSeller)),
                Tapping(SellerButton(SellerType.Store), "ja", Says(MessageKeys.RefundAllTimingsIntro), Timing(PaymentMethod.CashOnDelivery), Outcome("info", "refund-timing")));

            yield return Conversation.Japanese(
                "refund date not understood gets a retry",
                Tapping(Label.Menu(MenuTopics.Refund), "ja"),
                Tapping(PaymentButton(PaymentMethod.CreditCard), "ja", Says(MessageKeys.CancelAskSeller)),
                Tapping(SellerButton(SellerType.Store), "ja", Says(MessageKeys.RefundAskWhen)),
                new Turn("けっこう前", Says(MessageKeys.RefundWhenRetry), NoOutcome),
                new Turn("3日前", Within(PaymentMethod.CreditCard, 3)));
        }
    }

    private static Expect Expected(PaymentMethod payment) =>
        SaysFrom("the refund line", (k, lang) => RefundLine(k, payment, SupportBot.Knowledge.Outcome.Return, SellerType.Store, lang));

    private static Expect Timing(PaymentMethod payment) =>
        SaysFrom("the expected timing", (k, lang) => k.Text(MessageKeys.RefundExpected, lang, ("payment", k.RefundTimingFor(payment).Label.For(lang)), ("expected", k.RefundTimingFor(payment).Expected.For(lang))));

    private static Expect Within(PaymentMethod payment, int days) =>
        SaysFrom("within the timing", (k, lang) => k.Text(
            MessageKeys.RefundWithin,
            lang,
            ("days", days.ToString(CultureInfo.InvariantCulture)),
            ("limit", k.RefundTimingFor(payment).OverdueAfterDays.ToString(CultureInfo.InvariantCulture))));

    private static Expect Overdue(PaymentMethod payment, int elapsed) =>
        SaysFrom("the days overdue", (k, lang) => k.Text(
            MessageKeys.RefundOverdue,
            lang,
            ("days", elapsed.ToString(CultureInfo.InvariantCulture)),
            ("limit", k.RefundTimingFor(payment).OverdueAfterDays.ToString(CultureInfo.InvariantCulture))));
}
