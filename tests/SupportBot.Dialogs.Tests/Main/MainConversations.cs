using SupportBot.Knowledge;
using static SupportBot.Dialogs.Tests.TestSupport.Expect;
using static SupportBot.Dialogs.Tests.TestSupport.Script;

using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Main;

/// <summary>Routing, the menu, messages not understood, topics one after another, and English conversations.</summary>
internal static class MainConversations
{
    public static IEnumerable<Conversation> All
    {
        get
        {
            yield return Conversation.Japanese(
                "a greeting shows the menu",
                new Turn("こんにちは", Says(MessageKeys.MenuPrompt), Buttons(Label.Menu(MenuTopics.CancelOrder), Label.Menu(MenuTopics.Refund), Label.Menu(MenuTopics.FailedOrRefused), Label.Menu(MenuTopics.ShippedAnyway), Label.Menu(MenuTopics.Faq), Label.Menu(MenuTopics.Human)), NoOutcome),
                Tapping(Label.Menu(MenuTopics.CancelOrder), "ja", Says(MessageKeys.CancelAskOrderNumber)));

            yield return Conversation.Japanese(
                "two messages in a row not understood offer a person",
                new Turn("ほげほげ", Says(MessageKeys.NotUnderstoodFirst), Says(MessageKeys.MenuPrompt), NoOutcome),
                new Turn("ふがふが", Says(MessageKeys.NotUnderstoodSecond), Buttons(MessageKeys.CommonYes, MessageKeys.CommonNo), NoOutcome),
                Yes("ja", Escalates("not_understood")));

            yield return Conversation.Japanese(
                "a message not understood and then a menu choice carries on",
                new Turn("ほげほげ", Says(MessageKeys.NotUnderstoodFirst)),
                Tapping(Label.Menu(MenuTopics.Refund), "ja", Says(MessageKeys.RefundAskPayment)));

            yield return Conversation.Japanese(
                "asking for a person first escalates at once",
                Tapping(Label.Menu(MenuTopics.Human), "ja", Escalates("customer_request")));

            yield return Conversation.Japanese(
                "after one topic the next message opens another",
                new Turn("キャンセルリクエストとは何ですか？", Says(MessageKeys.FaqDidThatAnswer)),
                Yes("ja", Says(MessageKeys.CommonClosingSolved)),
                new Turn("返金について", Says(MessageKeys.RefundAskPayment)));

            yield return Conversation.Japanese(
                "help between topics explains and shows the menu",
                Tapping(Label.Menu(MenuTopics.Human), "ja", Escalates("customer_request")),
                new Turn("ヘルプ", Says(MessageKeys.HelpGeneral), Says(MessageKeys.MenuPrompt)));

            yield return Conversation.English(
                "english cancellation from start to end",
                new Turn("I want to cancel my order", Says(MessageKeys.CancelAskOrderNumber)),
                new Turn(OrderNumber, Says(MessageKeys.CancelAskStage), Buttons(Label.Stage("not_shipped"))),
                Tapping(Label.Stage("shipped"), "en", Says(MessageKeys.CancelAskSeller)),
                Tapping(Label.Seller("marketplace"), "en", Says(MessageKeys.CancelAskPayment)),
                Tapping(Label.Payment("credit_card"), "en", DecisionOutcome(OrderStage.Shipped, SellerType.Marketplace, PaymentMethod.CreditCard)),
                new Turn("yes", Says(MessageKeys.CommonClosingSolved)));

            yield return Conversation.English(
                "english refund overdue",
                new Turn("Where is my refund? I paid by credit card", Says(MessageKeys.CancelAskSeller)),
                Tapping(SellerButton(SellerType.Store), "en", Says(MessageKeys.RefundAskWhen)),
                new Turn("10 days ago", Says(MessageKeys.RefundOverdue, ("days", "10"), ("limit", Snapshot.RefundTimingFor(PaymentMethod.CreditCard).OverdueAfterDays.ToString(System.Globalization.CultureInfo.InvariantCulture))), Escalates("refund_overdue")));

            yield return Conversation.English(
                "english failure cause and remedy",
                new Turn("My cancel request failed with an error", Says(MessageKeys.FailedAskCause)),
                Tapping(MessageKeys.FailedCauseUnknown, "en", Says(MessageKeys.FailedAfterFailureIntro)),
                Tapping(MessageKeys.FailedButtonStillFails, "en", Escalates("remedy_failed")));

            yield return Conversation.English(
                "english help and start over",
                new Turn("cancel my order", Says(MessageKeys.CancelAskOrderNumber)),
                new Turn("help", Says(MessageKeys.HelpOrderNumber), Says(MessageKeys.CancelAskOrderNumber)),
                new Turn("start over", Says(MessageKeys.NavStartOver), Says(MessageKeys.MenuPrompt)));

            yield return new Conversation(
                "english text from a japanese client is answered in english",
                [
                    new Turn("I want to cancel my order", Says(MessageKeys.CancelAskOrderNumber)),
                    new Turn(OrderNumber, Says(MessageKeys.CancelAskStage)),
                    Tapping(Label.Stage("not_shipped"), "en", Says(MessageKeys.CancelAskSeller)),
                ],
                Locale: "ja-JP",
                Language: "en");
        }
    }
}
