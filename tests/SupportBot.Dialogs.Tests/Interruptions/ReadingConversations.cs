using SupportBot.Knowledge;
using static SupportBot.Dialogs.Tests.TestSupport.Expect;

using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Interruptions;

/// <summary>
/// What the one reading of a turn does at every question of every dialog, generated from the same table of questions
/// the interruptions use: a change of mind ends the topic politely; a side question is answered and the question
/// resumes; a person asked for in passing is a person; a topic out of scope is named as such and the question resumes;
/// a correction of each earlier slot is taken and said. Never "not understood".
/// </summary>
internal static class ReadingConversations
{
    private const string SideQuestion = "ところで、キャンセルを何回もするとアカウントが制限されることってありますか？";
    private const string OtherOrderNumber = "503-9876543-1122334";

    // Questions asked inside a topic's waterfall, where the same question is asked again after an aside.
    private static readonly HashSet<string> SlotQuestions =
        ["order number", "stage", "seller", "payment", "refund payment", "refund date", "failed or refused", "failure cause", "tried again", "rejection"];

    // A correction of each slot an earlier question filled, by the question reached: the words, and what is said back.
    private static readonly Dictionary<string, (string Text, MessageKey Said)[]> Corrections = new()
    {
        ["stage"] = [("すみません、注文番号を間違えました。" + OtherOrderNumber + "です", MessageKeys.NavOrderNumberCorrected)],
        ["seller"] = [("すみません、注文番号は" + OtherOrderNumber + "でした", MessageKeys.NavOrderNumberCorrected), ("ごめんなさい、見間違えました。もう発送済みでした", MessageKeys.NavFactCorrected)],
        ["payment"] = [("ごめんなさい、見間違えました。もう発送済みでした", MessageKeys.NavFactCorrected), ("間違えました、マーケットプレイスの出品者でした", MessageKeys.NavFactCorrected)],
        ["did that solve it"] = [("あ、ちがいました。もう発送済みになってました", MessageKeys.NavFactCorrected), ("すみません、支払いはPayPayでした", MessageKeys.NavFactCorrected)],
        ["refund date"] = [("すみません、支払いはクレジットカードでした", MessageKeys.NavFactCorrected)],
    };

    public static IEnumerable<Conversation> All
    {
        get
        {
            foreach (var (step, question, _, reach) in InterruptionConversations.Steps)
            {
                var resumes = SlotQuestions.Contains(step);
                yield return Conversation.Japanese(
                    $"change of mind at {step}",
                    [.. reach, new Turn("やっぱりキャンセルしないことにします", Says(MessageKeys.NavChangeOfMind), NoOutcome, SaysNot(MessageKeys.NotUnderstoodFirst))]);
                yield return Conversation.Japanese(
                    $"side question at {step}",
                    [.. reach, new Turn(SideQuestion, [SaysFrom("the FAQ answer account-restriction", (k, lang) => k.Faq.Entries.First(e => e.Id == "account-restriction").Question.For(lang)), SaysNot(MessageKeys.NotUnderstoodFirst), .. resumes ? [Says(question)] : Array.Empty<Expect>()])]);
                yield return Conversation.Japanese(
                    $"a person asked for in passing at {step}",
                    [.. reach, new Turn("これ以上はいいので、人と話させてもらえますか", Escalates("customer_request"))]);
                yield return Conversation.Japanese(
                    $"out of scope at {step}",
                    [.. reach, new Turn("あと、ポイントっていつ付くんですか？", [DeclinesTopic, SaysNot(MessageKeys.NotUnderstoodFirst), .. resumes ? [Says(question)] : Array.Empty<Expect>()])]);
                foreach (var (text, said) in Corrections.GetValueOrDefault(step) ?? [])
                {
                    yield return Conversation.Japanese(
                        $"correction at {step}: {text}",
                        [.. reach, new Turn(text, SaysAny(said), SaysNot(MessageKeys.NotUnderstoodFirst))]);
                }
            }
        }
    }
}
