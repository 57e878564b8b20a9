using SupportBot.Knowledge;
using SupportBot.Dialogs.Tests.TestSupport;
using static SupportBot.Dialogs.Tests.TestSupport.Expect;
using static SupportBot.Dialogs.Tests.TestSupport.Script;

namespace SupportBot.Dialogs.Tests.Interruptions;

/// <summary>
/// The acts a message carries besides a slot answer, each where it changes what a question does: a refund question
/// answered with the customer's own line, an aside out of scope declined beside an answer, a polite "no need" at an
/// offered person, another order started as a second inquiry, a question beside a slot answer, a bare "that's wrong",
/// a refund question with the stage given, a failed request with the order not shipped, an upset question.
/// </summary>
internal static class ActConversations
{
    private const string OtherOrderNumber = "250-7654321-7654321";

    public static IEnumerable<Conversation> All
    {
        get
        {
            yield return Conversation.Japanese(
                "a refund question at the seller question gets the card's timing and the question resumes",
                StartCancellation(),
                GiveOrderNumber(),
                Tapping(Label.Stage("not_shipped"), "ja", Says(MessageKeys.CancelAskSeller)),
                new Turn(
                    "カードで払ったんですけど、返金っていつ戻りますか？",
                    SaysFrom("the credit-card refund timing", (k, lang) => k.RefundTimingFor(PaymentMethod.CreditCard).Expected.For(lang)),
                    Says(MessageKeys.CancelAskSeller),
                    SaysNot(MessageKeys.NotUnderstoodFirst)));

            yield return Conversation.Japanese(
                "an aside out of scope beside the order number is declined and the number taken",
                StartCancellation(),
                new Turn(OrderNumber + " です。あとポイントっていつ付きますか？", DeclinesTopic, Says(MessageKeys.CancelAskStage)));

            yield return Conversation.Japanese(
                "a polite no need at an offered person is a no",
                new Turn("領収書がほしい", DeclinesTopic),
                new Turn("大丈夫です", Says(MessageKeys.ScopeDeclined), NoOutcome));

            yield return Conversation.English(
                "no problem and thanks at an offered person is a no",
                new Turn("can you change my account password?", DeclinesTopic),
                new Turn("ok no problem, thank you", Says(MessageKeys.ScopeDeclined), NoOutcome));

            yield return Conversation.English(
                "no, I don't need a human at an offered person is a no",
                new Turn("can you change my account password?", DeclinesTopic),
                new Turn("no, I don't need a human, thanks", Says(MessageKeys.ScopeDeclined), NoOutcome));

            yield return Conversation.Japanese(
                "a cancellation already made with the money not back is its refund, not a cancellation to start",
                new Turn("キャンセルして8日たつのにカードにお金が戻らない", Says(MessageKeys.CancelAskSeller), SaysNot(MessageKeys.CancelAskOrderNumber), SaysNot(MessageKeys.RefundAskWhen)));

            yield return Conversation.Japanese(
                "a return already sent, said at the stage question, is its refund with the facts kept",
                StartCancellation(),
                GiveOrderNumber(),
                new Turn("返したのは10日ほど前です。まだ何もありません", Says(MessageKeys.RefundAskPayment), SaysNot(MessageKeys.CancelAskStage), SaysNot(MessageKeys.NotUnderstoodFirst)));

            yield return Conversation.Japanese(
                "'it already says cancelled' at the stage question is the refund of that cancellation",
                StartCancellation(),
                GiveOrderNumber(),
                new Turn("注文履歴だと キャンセル済み になってます", Says(MessageKeys.RefundAskPayment), SaysNot(MessageKeys.CancelAskStage), SaysNot(MessageKeys.NotUnderstoodFirst)));

            yield return Conversation.Japanese(
                "'it is cancelled, thank you' after the cancellation's outcome is thanks, not a refund to look into",
                new Turn(OrderNumber + " の注文をキャンセルしたいです。まだ発送前で、ストアの商品、カード払いです", Outcome("cancel")),
                new Turn("キャンセルできました！ありがとうございます", SaysNot(MessageKeys.RefundAskPayment), SaysNot(MessageKeys.RefundAskWhen), SaysNot(MessageKeys.CancelAskSeller)));

            yield return Conversation.Japanese(
                "a cancellation made before the parcel came anyway is still a return, not a refund to wait for",
                new Turn("3日前にキャンセルしたのに今日届いた", Outcome("return")));

            yield return Conversation.Japanese(
                "a cash-on-delivery refund question with nothing said of receiving it gets both cases, not every method's table",
                new Turn(
                    "代引きにしとったんじゃけど、お金っていつ戻ってくるん？",
                    SaysFrom("the cash-on-delivery line for either case", (k, lang) =>
                    {
                        var cod = k.RefundTimingFor(PaymentMethod.CashOnDelivery);
                        return k.Text(MessageKeys.RefundPaidAtDeliveryEither, lang, ("payment", cod.Label.For(lang)), ("via", cod.RefundVia.For(lang)), ("expected", cod.Expected.For(lang)));
                    }),
                    SaysNot(MessageKeys.RefundAllTimingsIntro)));

            yield return Conversation.English(
                "a stage given at the failure-cause question decides over a payment word in it",
                new Turn("tried to cancel my order just now, keep getting an error", Says(MessageKeys.FailedAskCause)),
                new Turn("status says shipped already. card payment. delivery is tomorrow", Outcome("refuse_delivery")));

            yield return Conversation.Japanese(
                "a stage given at the failed-or-refused question answers it: shipped is a refused delivery either way",
                Tapping(Label.Menu(MenuTopics.FailedOrRefused), "ja", Says(MessageKeys.FailedAskKind)),
                new Turn("見たら発送済みち書いちゅう。明日届くらしい", Outcome("refuse_delivery"), SaysNot(MessageKeys.FailedAskKind)));

            yield return Conversation.Japanese(
                "a silent marketplace seller told beside the deciding facts gets the policy on silence, not the payment question",
                new Turn("マーケットプレイスの出品者から買った商品をキャンセルしたいです", Says(MessageKeys.CancelAskOrderNumber)),
                new Turn(
                    OrderNumber + " です。まだ発送されていません。昨日キャンセルリクエストを送りましたが、出品者からまだ返事がないです。",
                    Outcome("cancel"),
                    SaysAny(MessageKeys.MarketplaceSilenceRule),
                    Says(MessageKeys.MarketplaceAskSilent),
                    SaysNot(MessageKeys.CancelAskPayment)));

            yield return Conversation.Japanese(
                "an order told of without a request yet is noted and the menu asks what for, no miss",
                new Turn("リールを注文しちょったがよ", Says(MessageKeys.NavNoted), Says(MessageKeys.MenuPrompt), SaysNot(MessageKeys.NotUnderstoodFirst)));

            yield return Conversation.Japanese(
                "a reason given at the seller question is noted and the question asked again, no miss",
                StartCancellation(),
                GiveOrderNumber(),
                Tapping(Label.Stage("received"), "ja", Says(MessageKeys.CancelAskSeller)),
                new Turn("思うちょったより こんまいがよ", Says(MessageKeys.NavNoted), Says(MessageKeys.CancelAskSeller), SaysNot(MessageKeys.NotUnderstoodFirst)));

            yield return Conversation.Japanese(
                "a bare 'yes, please' with nothing asked is no miss: the menu says what the bot does",
                new Turn("はいお願いします", SaysNot(MessageKeys.NotUnderstoodFirst), Says(MessageKeys.MenuPrompt)));

            yield return Conversation.Japanese(
                "a seller contacted twice with no reply for days meets the policy: a person takes over at once",
                new Turn("出品者にメッセージを2回送りましたが、3日たっても返事がありません", Escalates("seller_silent")));

            yield return Conversation.Japanese(
                "told at the person offer that the seller was already written to twice: a yes",
                new Turn("出品者から返事がありません", Says(MessageKeys.MarketplaceOfferPerson)),
                new Turn("もう2回メッセージ送ったけん、これ以上書きたくない", Escalates("customer_request")));

            yield return Conversation.Japanese(
                "another order during a topic is a second inquiry, not a correction",
                StartCancellation(),
                GiveOrderNumber(),
                new Turn("もう一つの注文 " + OtherOrderNumber + " もキャンセルしたいです", SaysNot(MessageKeys.NavOrderNumberCorrected), Says(MessageKeys.CancelAskStage)));

            yield return Conversation.Japanese(
                "a question beside the seller's answer is answered first and the answer taken",
                StartCancellation(),
                GiveOrderNumber(),
                Tapping(Label.Stage("shipped"), "ja", Says(MessageKeys.CancelAskSeller)),
                new Turn(
                    "ストア直販です。受取拒否した場合、送料はこちらの負担になりますか？",
                    SaysFrom("the shipping-cost answer", (k, lang) => k.Faq.Entries.First(e => e.Id == "shipping-cost").Answer!.For(lang)),
                    Says(MessageKeys.CancelAskPayment),
                    SaysNot(MessageKeys.NotUnderstoodFirst)));

            yield return Conversation.Japanese(
                "a bare 'that is wrong' asks for the right details and keeps the question",
                StartCancellation(),
                GiveOrderNumber(),
                new Turn("あ、ちがうちがう", Says(MessageKeys.NavCorrectionWhich), Says(MessageKeys.CancelAskStage), SaysNot(MessageKeys.NotUnderstoodFirst)));

            yield return Conversation.English(
                "a refund question with the stage given and nothing cancelled yet is the stage's outcome",
                new Turn("It shipped yesterday but hasn't arrived. When would I get my refund?", Outcome("refuse_delivery")));

            yield return Conversation.Japanese(
                "an upset customer's question is answered, after an apology",
                new Turn(
                    "最悪！受取拒否したら送料はこっち持ちなんですか？",
                    Says(MessageKeys.NavApologyThenHelp),
                    SaysFrom("the shipping-cost answer", (k, lang) => k.Faq.Entries.First(e => e.Id == "shipping-cost").Answer!.For(lang))));

            yield return Conversation.Japanese(
                "a failed request for an order not shipped yet is tried again: still a cancellation",
                new Turn("キャンセルリクエストがエラーになりました。まだ発送前です", Outcome("cancel"), Says(MessageKeys.FailedAskResult)));
        }
    }
}
