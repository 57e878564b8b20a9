using SupportBot.Knowledge;
using static SupportBot.Dialogs.Tests.TestSupport.Expect;
using static SupportBot.Dialogs.Tests.TestSupport.Script;

using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Interruptions;

/// <summary>Every interruption (help, start over, quit, a person) at every step of every topic.</summary>
internal static class InterruptionConversations
{
    /// <summary>Every question of every dialog: its name, its question and help keys, and the turns that reach it.</summary>
    public static readonly (string Step, MessageKey QuestionKey, MessageKey HelpKey, Turn[] Reach)[] Steps =
    [
        ("menu", MessageKeys.MenuPrompt, MessageKeys.HelpMenu, [new Turn("こんにちは", Says(MessageKeys.MenuPrompt))]),
        ("order number", MessageKeys.CancelAskOrderNumber, MessageKeys.HelpOrderNumber, [StartCancellation()]),
        ("stage", MessageKeys.CancelAskStage, MessageKeys.HelpStage, [StartCancellation(), GiveOrderNumber()]),
        ("seller", MessageKeys.CancelAskSeller, MessageKeys.HelpSeller, [StartCancellation(), GiveOrderNumber(), Tapping(Label.Stage("preparing"), "ja")]),
        ("payment", MessageKeys.CancelAskPayment, MessageKeys.HelpPayment, [StartCancellation(), GiveOrderNumber(), Tapping(Label.Stage("preparing"), "ja"), Tapping(Label.Seller("store"), "ja")]),
        ("did that solve it", MessageKeys.CommonDidThatSolve, MessageKeys.HelpConfirm, [StartCancellation(), GiveOrderNumber(), Tapping(Label.Stage("preparing"), "ja"), Tapping(Label.Seller("store"), "ja"), Tapping(Label.Payment("credit_card"), "ja")]),
        ("refund payment", MessageKeys.RefundAskPayment, MessageKeys.HelpPayment, [Tapping(Label.Menu(MenuTopics.Refund), "ja")]),
        ("refund seller", MessageKeys.CancelAskSeller, MessageKeys.HelpSeller, [Tapping(Label.Menu(MenuTopics.Refund), "ja"), Tapping(Label.Payment("e_money"), "ja")]),
        ("refund date", MessageKeys.RefundAskWhen, MessageKeys.HelpRefundDate, [Tapping(Label.Menu(MenuTopics.Refund), "ja"), Tapping(Label.Payment("e_money"), "ja"), Tapping(Label.Seller("store"), "ja")]),
        ("failed or refused", MessageKeys.FailedAskKind, MessageKeys.HelpCause, [Tapping(Label.Menu(MenuTopics.FailedOrRefused), "ja")]),
        ("failure cause", MessageKeys.FailedAskCause, MessageKeys.HelpCause, [Tapping(Label.Menu(MenuTopics.FailedOrRefused), "ja"), Tapping(MessageKeys.FailedKindFailed, "ja")]),
        ("tried again", MessageKeys.FailedAskResult, MessageKeys.HelpStillFails, [Tapping(Label.Menu(MenuTopics.FailedOrRefused), "ja"), Tapping(MessageKeys.FailedKindFailed, "ja"), new Turn(Snapshot.Failures.Causes[2].Label.Ja)]),
        ("rejection", MessageKeys.FailedAskRejection, MessageKeys.HelpCause, [Tapping(Label.Menu(MenuTopics.FailedOrRefused), "ja"), Tapping(MessageKeys.FailedKindRefused, "ja")]),
        ("faq question", MessageKeys.FaqIntro, MessageKeys.HelpFaq, [Tapping(Label.Menu(MenuTopics.Faq), "ja")]),
        ("withdraw person", MessageKeys.WithdrawOfferPerson, MessageKeys.HelpConfirm, [new Turn("キャンセルの取り消しをしたいです")]),
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
                    [.. reach, new Turn("最初からやり直したい", Says(MessageKeys.NavStartOver), Says(MessageKeys.MenuPrompt), NoOutcome), StartCancellation()]);
                yield return Conversation.Japanese(
                    $"quit at {step}",
                    [.. reach, new Turn("やめる", Says(MessageKeys.NavQuit), Says(MessageKeys.NavGoodbye), NoOutcome), new Turn("返金の状況を調べてほしい", Says(MessageKeys.RefundAskPayment))]);
                yield return Conversation.Japanese(
                    $"a person at {step}",
                    [.. reach, new Turn("担当者と話したい", Escalates("customer_request"))]);
            }
        }
    }
}
