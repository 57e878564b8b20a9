using System.Globalization;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Knowledge;
using static SupportBot.Dialogs.Tests.Dialogs.Expect;
using static SupportBot.Dialogs.Tests.Dialogs.Script;

namespace SupportBot.Dialogs.Tests.Dialogs.Refunds;

/// <summary>Refund conversations: each payment method's timing, overdue by days ago and by date, payment unknown.</summary>
internal static class RefundConversations
{
    public static IEnumerable<Conversation> All
    {
        get
        {
            foreach (var payment in KnowledgeIds.Payments)
            {
                yield return Conversation.Japanese(
                    $"refund within the timing for {KnowledgeIds.Id(payment)}",
                    Tapping("menu.refund", "ja", Says("refund.ask_payment"), Buttons("payment.button.credit_card", "payment.button.unknown")),
                    Tapping(PaymentButton(payment), "ja", Says("refund.ask_when")),
                    new Turn("1日前", Expected(payment), Within(payment, 1), Outcome("info", "refund-timing." + KnowledgeIds.Id(payment)), Says("common.did_that_solve")),
                    Yes("ja", Says("common.closing_solved")));

                var overdueAfter = Snapshot.RefundTimingFor(payment).MaxCalendarDays + Snapshot.Escalation.RefundDaysPastLimit;
                yield return Conversation.Japanese(
                    $"refund overdue for {KnowledgeIds.Id(payment)} escalates with the days overdue",
                    Tapping("menu.refund", "ja", Says("refund.ask_payment")),
                    Tapping(PaymentButton(payment), "ja", Says("refund.ask_when")),
                    new Turn(
                        overdueAfter.ToString(CultureInfo.InvariantCulture) + "日前",
                        Expected(payment),
                        Overdue(payment, overdueAfter),
                        Escalates("refund_overdue")));
            }

            // The recognizer counts days from the customer's local date, which on a test machine is the machine's.
            var date = DateTimeOffset.Now.AddDays(-20);
            yield return Conversation.Japanese(
                "refund overdue by a date escalates",
                new Turn("返金がまだ来ないです。クレジットカードで払いました", Says("refund.ask_when")),
                new Turn(date.ToString("M/d", CultureInfo.InvariantCulture) + "にキャンセルしました", Overdue(PaymentMethod.CreditCard, 20), Escalates("refund_overdue")));

            yield return Conversation.Japanese(
                "refund with payment and days given up front answers at once",
                new Turn("PayPayで払った注文の返金が2日前から来ない", Expected(PaymentMethod.EMoney), Within(PaymentMethod.EMoney, 2)),
                No("ja", Escalates("not_solved")));

            yield return Conversation.Japanese(
                "refund with unknown payment lists every method's timing",
                Tapping("menu.refund", "ja", Says("refund.ask_payment")),
                Tapping("payment.button.unknown", "ja", Says("refund.all_timings_intro"), Expected(PaymentMethod.CashOnDelivery), Outcome("info", "refund-timing")));

            yield return Conversation.Japanese(
                "refund date not understood gets a retry",
                Tapping("menu.refund", "ja"),
                Tapping(PaymentButton(PaymentMethod.CreditCard), "ja", Says("refund.ask_when")),
                new Turn("けっこう前", Says("refund.when_retry"), NoOutcome),
                new Turn("3日前", Within(PaymentMethod.CreditCard, 3)));
        }
    }

    private static Expect Expected(PaymentMethod payment) =>
        SaysFrom("the expected timing", (k, lang) => OutcomeMessage.RefundTimingLine(k, k.RefundTimingFor(payment), lang, "refund.expected"));

    private static Expect Within(PaymentMethod payment, int days) =>
        SaysFrom("within the timing", (k, lang) =>
        {
            var timing = k.RefundTimingFor(payment);
            return k.Text(
                "refund.within",
                lang,
                ("days", days.ToString(CultureInfo.InvariantCulture)),
                ("max", timing.MaxDays.ToString(CultureInfo.InvariantCulture)),
                ("unit", k.Text(timing.BusinessDays ? "unit.business_days" : "unit.days", lang)));
        });

    private static Expect Overdue(PaymentMethod payment, int elapsed) =>
        SaysFrom("the days overdue", (k, lang) =>
            k.Text("refund.overdue", lang, ("days", k.RefundTimingFor(payment).OverdueDays(elapsed).ToString(CultureInfo.InvariantCulture))));
}
