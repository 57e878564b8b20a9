using SupportBot.Knowledge;
using static SupportBot.Dialogs.Tests.Dialogs.Expect;
using static SupportBot.Dialogs.Tests.Dialogs.Script;

namespace SupportBot.Dialogs.Tests.Dialogs.Failures;

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
                    Tapping("menu.request_failed", "ja", Says("failed.ask_kind"), Buttons("failed.kind.failed", "failed.kind.refused")),
                    Tapping("failed.kind.failed", "ja", Says("failed.ask_cause"), Buttons("failed.cause_unknown")),
                    new Turn(
                        cause.Label.Ja,
                        Says("failed.remedy_intro"),
                        SaysFrom("the remedy", (k, lang) => k.Failures.Find(cause.Id)!.Remedy.For(lang)),
                        Outcome(cause.Procedure is null ? "info" : "return", "failure." + cause.Id),
                        Says("failed.ask_result"),
                        Buttons("failed.button.solved", "failed.button.still_fails")),
                    Tapping("failed.button.still_fails", "ja", Says("escalation.reason.remedy_failed"), Escalates("remedy_failed")));
            }

            yield return Conversation.Japanese(
                "failure remedy that worked closes politely",
                new Turn("キャンセルしようとしたらエラーが出た", Says("failed.ask_cause")),
                new Turn("システムエラー", Says("failed.remedy_intro")),
                Tapping("failed.button.solved", "ja", Says("common.closing_solved")));

            yield return Conversation.Japanese(
                "failure cause unknown lists what to check",
                new Turn("キャンセル失敗した", Says("failed.ask_cause")),
                Tapping("failed.cause_unknown", "ja", Says("failed.after_failure_intro"), Outcome("info", "failure.unknown")));

            foreach (var rejection in Snapshot.Rejections)
            {
                yield return Conversation.Japanese(
                    $"rejection {rejection.Id}",
                    Tapping("menu.request_failed", "ja", Says("failed.ask_kind")),
                    Tapping("failed.kind.refused", "ja", Says("failed.ask_rejection")),
                    new Turn(
                        rejection.Reason.Ja,
                        Says("failed.refused_intro"),
                        SaysFrom("the alternative", (k, lang) => k.Rejections.First(r => r.Id == rejection.Id).Alternative.For(lang)),
                        Outcome(KnowledgeIds.Id(rejection.Outcome), "rejection." + rejection.Id),
                        Says("common.did_that_solve")),
                    No("ja", Says("escalation.reason.cancel_failed"), Escalates("cancel_failed")));
            }

            yield return Conversation.Japanese(
                "refused request said up front skips the kind",
                new Turn("キャンセルを拒否されました", Says("failed.ask_rejection"), NoOutcome));

            yield return Conversation.Japanese(
                "shipped anyway offers refusing the delivery or a return",
                Tapping("menu.shipped_anyway", "ja",
                    Says("shipped_anyway.intro"),
                    SaysFrom("the refuse-delivery procedure", (k, lang) => k.Procedures["refuse_delivery"].Title.For(lang)),
                    SaysFrom("the return procedure", (k, lang) => k.Procedures["return"].Title.For(lang)),
                    Outcome("refuse_delivery", "shipped-anyway"),
                    Says("common.did_that_solve")),
                No("ja", Says("escalation.reason.not_solved"), Escalates("not_solved")));

            yield return Conversation.Japanese(
                "shipped anyway typed freely",
                new Turn("キャンセルしたのに発送されてしまった", Says("shipped_anyway.intro"), Outcome("refuse_delivery", "shipped-anyway")),
                Yes("ja", Says("common.closing_solved")));

            yield return Conversation.Japanese(
                "withdraw explains it cannot be withdrawn and a person takes over",
                new Turn("キャンセルを取り消したい",
                    Says("withdraw.intro"),
                    SaysFrom("what to do instead", (k, lang) => k.Withdraw.Instead[0].For(lang)),
                    Outcome("info", "withdraw"),
                    Says("withdraw.offer_person")),
                Yes("ja", Escalates("customer_request")));

            yield return Conversation.Japanese(
                "withdraw without a person ends politely",
                new Turn("キャンセルの取り消しをしたいです", Says("withdraw.intro")),
                No("ja", Says("common.closing_thanks"), NoOutcome));

            yield return Conversation.Japanese(
                "refuse delivery gives its procedure",
                new Turn("受取拒否したいです", Outcome("refuse_delivery", "procedure.refuse_delivery"), Says("common.did_that_solve")));

            yield return Conversation.Japanese(
                "return gives its procedure",
                new Turn("返品したい", Outcome("return", "procedure.return"), Says("common.did_that_solve")));
        }
    }
}
