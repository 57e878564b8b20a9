using static SupportBot.Dialogs.Tests.Dialogs.Expect;
using static SupportBot.Dialogs.Tests.Dialogs.Script;

namespace SupportBot.Dialogs.Tests.Dialogs.Interruptions;

/// <summary>Every interruption (help, start over, quit, a person) at every step of every topic.</summary>
internal static class InterruptionConversations
{
    private static readonly (string Step, string QuestionKey, string HelpKey, Turn[] Reach)[] Steps =
    [
        ("menu", "menu.prompt", "help.menu", [new Turn("こんにちは", Says("menu.prompt"))]),
        ("order number", "cancel.ask_order_number", "help.order_number", [StartCancellation()]),
        ("stage", "cancel.ask_stage", "help.stage", [StartCancellation(), GiveOrderNumber()]),
        ("seller", "cancel.ask_seller", "help.seller", [StartCancellation(), GiveOrderNumber(), Tapping("stage.button.preparing", "ja")]),
        ("payment", "cancel.ask_payment", "help.payment", [StartCancellation(), GiveOrderNumber(), Tapping("stage.button.preparing", "ja"), Tapping("seller.button.store", "ja")]),
        ("did that solve it", "common.did_that_solve", "help.confirm", [StartCancellation(), GiveOrderNumber(), Tapping("stage.button.preparing", "ja"), Tapping("seller.button.store", "ja"), Tapping("payment.button.credit_card", "ja")]),
        ("refund payment", "refund.ask_payment", "help.payment", [Tapping("menu.refund", "ja")]),
        ("refund date", "refund.ask_when", "help.refund_date", [Tapping("menu.refund", "ja"), Tapping("payment.button.e_money", "ja")]),
        ("failed or refused", "failed.ask_kind", "help.cause", [Tapping("menu.request_failed", "ja")]),
        ("failure cause", "failed.ask_cause", "help.cause", [Tapping("menu.request_failed", "ja"), Tapping("failed.kind.failed", "ja")]),
        ("tried again", "failed.ask_result", "help.still_fails", [Tapping("menu.request_failed", "ja"), Tapping("failed.kind.failed", "ja"), new Turn(Snapshot.Failures.Causes[2].Label.Ja)]),
        ("rejection", "failed.ask_rejection", "help.cause", [Tapping("menu.request_failed", "ja"), Tapping("failed.kind.refused", "ja")]),
        ("faq question", "faq.intro", "help.faq", [Tapping("menu.faq", "ja")]),
        ("withdraw person", "withdraw.offer_person", "help.confirm", [new Turn("キャンセルの取り消しをしたいです")]),
    ];

    public static IEnumerable<Conversation> All
    {
        get
        {
            foreach (var (step, question, help, reach) in Steps)
            {
                yield return Conversation.Japanese(
                    $"help at {step}",
                    [.. reach, new Turn("ヘルプ", Says(help), Says(question), NoOutcome)]);
                yield return Conversation.Japanese(
                    $"start over at {step}",
                    [.. reach, new Turn("最初からやり直したい", Says("nav.start_over"), Says("menu.prompt"), NoOutcome), StartCancellation()]);
                yield return Conversation.Japanese(
                    $"quit at {step}",
                    [.. reach, new Turn("やめる", Says("nav.quit"), Says("nav.goodbye"), NoOutcome), new Turn("返金について知りたい", Says("refund.ask_payment"))]);
                yield return Conversation.Japanese(
                    $"a person at {step}",
                    [.. reach, new Turn("担当者と話したい", Escalates("customer_request"))]);
            }
        }
    }
}
