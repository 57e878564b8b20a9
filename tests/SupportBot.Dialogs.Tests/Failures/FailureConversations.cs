using SupportBot.Knowledge;
using static SupportBot.Dialogs.Tests.TestSupport.Expect;
using static SupportBot.Dialogs.Tests.TestSupport.Script;

using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Failures;

/// <summary>Failed or refused requests (each cause, each rejection), shipped anyway, withdraw, refuse delivery and return.</summary>
internal static class FailureConversations
{
    public static IEnumerable<Conversation> All
    {
        get
        {
            foreach (var cause in Snapshot.Failures.Causes)
            {
                yield return Conversation.Japanese(
                    $"failure {cause.Id} that still fails escalates",
                    Tapping(Label.Menu(MenuTopics.FailedOrRefused), "ja", Says(MessageKeys.FailedAskKind), Buttons(MessageKeys.FailedKindFailed, MessageKeys.FailedKindRefused)),
                    Tapping(MessageKeys.FailedKindFailed, "ja", Says(MessageKeys.FailedAskCause), Buttons(MessageKeys.FailedCauseUnknown)),
                    new Turn(
                        cause.Label.Ja,
                        Says(MessageKeys.FailedRemedyIntro),
                        SaysFrom("the remedy", (k, lang) => k.Failures.Find(cause.Id)!.Remedy.For(lang)),
                        Outcome(cause.Procedure is null ? "info" : "return", "failure." + cause.Id),
                        Says(MessageKeys.FailedAskResult),
                        Buttons(MessageKeys.FailedButtonSolved, MessageKeys.FailedButtonStillFails)),
                    Tapping(MessageKeys.FailedButtonStillFails, "ja", Escalates("remedy_failed")));
            }

            yield return Conversation.Japanese(
                "failure remedy that worked closes politely",
                new Turn("キャンセルしようとしたらエラーが出た", Says(MessageKeys.FailedAskCause)),
                new Turn("システムエラー", Says(MessageKeys.FailedRemedyIntro)),
                Tapping(MessageKeys.FailedButtonSolved, "ja", Says(MessageKeys.CommonClosingSolved)));

            yield return Conversation.Japanese(
                "failure cause unknown lists what to check",
                new Turn("キャンセル失敗した", Says(MessageKeys.FailedAskCause)),
                Tapping(MessageKeys.FailedCauseUnknown, "ja", Says(MessageKeys.FailedAfterFailureIntro), Outcome("info", "failure.unknown")));

            foreach (var rejection in Snapshot.Rejections)
            {
                yield return Conversation.Japanese(
                    $"rejection {rejection.Id}",
                    Tapping(Label.Menu(MenuTopics.FailedOrRefused), "ja", Says(MessageKeys.FailedAskKind)),
                    Tapping(MessageKeys.FailedKindRefused, "ja", Says(MessageKeys.FailedAskRejection)),
                    new Turn(
                        rejection.Reason.Ja,
                        Says(MessageKeys.FailedRefusedIntro),
                        SaysFrom("the alternative", (k, lang) => k.Rejections.First(r => r.Id == rejection.Id).Alternative.For(lang)),
                        Outcome(KnowledgeIds.Id(rejection.Outcome), "rejection." + rejection.Id),
                        Says(MessageKeys.CommonDidThatSolve)),
                    No("ja", Escalates("cancel_failed")));
            }

            yield return Conversation.Japanese(
                "refused request said up front skips the kind",
                new Turn("キャンセルを拒否されました", Says(MessageKeys.FailedAskRejection), NoOutcome));

            yield return Conversation.Japanese(
                "shipped anyway offers refusing the delivery or a return",
                Tapping(Label.Menu(MenuTopics.ShippedAnyway), "ja",
                    Says(MessageKeys.ShippedAnywayIntro),
                    SaysFrom("the refuse-delivery procedure", (k, lang) => k.Procedures["refuse_delivery"].Title.For(lang)),
                    SaysFrom("the return procedure", (k, lang) => k.Procedures["return"].Title.For(lang)),
                    Outcome("refuse_delivery", "shipped-anyway"),
                    Says(MessageKeys.CommonDidThatSolve)),
                No("ja", Escalates("not_solved")));

            yield return Conversation.Japanese(
                "shipped anyway typed freely",
                new Turn("キャンセルしたのに発送されてしまった", Says(MessageKeys.ShippedAnywayIntro), Outcome("refuse_delivery", "shipped-anyway")),
                Yes("ja", Says(MessageKeys.CommonClosingSolved)));

            yield return Conversation.Japanese(
                "withdraw explains it cannot be withdrawn and a person takes over",
                new Turn("キャンセルを取り消したい",
                    SaysFrom("it cannot be withdrawn", (k, lang) => k.Withdraw.Summary.For(lang)),
                    Says(MessageKeys.WithdrawInsteadIntro),
                    SaysFrom("what to do instead", (k, lang) => k.Withdraw.Instead[0].For(lang)),
                    Outcome("info", "withdraw"),
                    Says(MessageKeys.WithdrawOfferPerson)),
                Yes("ja", Escalates("customer_request")));

            yield return Conversation.Japanese(
                "withdraw without a person ends politely",
                new Turn("キャンセルの取り消しをしたいです", SaysFrom("it cannot be withdrawn", (k, lang) => k.Withdraw.Summary.For(lang))),
                No("ja", Says(MessageKeys.CommonClosingThanks), NoOutcome));

            yield return Conversation.Japanese(
                "the order of a request that cannot be withdrawn is no new request: said again, a person offered again",
                new Turn("間違えてキャンセル押してしもうた。取り消しできますか", SaysFrom("it cannot be withdrawn", (k, lang) => k.Withdraw.Summary.For(lang))),
                new Turn("250-8840127-6652093 です。5分くらい前です",
                    SaysFrom("it cannot be withdrawn", (k, lang) => k.Withdraw.Summary.For(lang)),
                    Says(MessageKeys.WithdrawOfferPerson)),
                Yes("ja", Escalates("customer_request")));

            yield return Conversation.Japanese(
                "a parcel to refuse that turns out received is returned",
                new Turn("受取拒否したいです", Outcome("refuse_delivery", "procedure.refuse_delivery")),
                new Turn("すみません、今朝もう受け取ってしもたんやて", Outcome("return", "preview.received")));

            yield return Conversation.Japanese(
                "a marketplace parcel to refuse that turns out received is returned",
                new Turn("マーケットプレイスの出品者から買ったものを受取拒否したいです", Outcome("refuse_delivery", "shipped-marketplace")),
                new Turn("すみません、今朝もう受け取ってしもたんやて", Outcome("return", "received-marketplace")));

            yield return Conversation.Japanese(
                "refuse delivery gives its procedure",
                new Turn("受取拒否したいです", Outcome("refuse_delivery", "procedure.refuse_delivery"), Says(MessageKeys.CommonDidThatSolve)));

            yield return Conversation.Japanese(
                "return gives its procedure",
                new Turn("返品したい", Outcome("return", "procedure.return"), Says(MessageKeys.CommonDidThatSolve)));
        }
    }
}
