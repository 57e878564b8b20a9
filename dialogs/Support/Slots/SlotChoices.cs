using SupportBot.Dialogs.Prompts;
using SupportBot.Dialogs.Recognition;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Slots;

/// <summary>The buttons of each support question, built from the knowledge files (labels and customers' words).</summary>
public static class SlotChoices
{
    /// <summary>The welcome menu's items, in the order shown, with the topic each starts.</summary>
    public static IReadOnlyList<(string LabelKey, SupportTopic Topic, string[] Intents)> MenuItems { get; } =
    [
        ("menu.cancel_order", SupportTopic.CancelOrder, [SupportIntents.CancelOrder]),
        ("menu.refund", SupportTopic.Refund, [SupportIntents.RefundStatus]),
        ("menu.request_failed", SupportTopic.FailedOrRefused, [SupportIntents.CancelFailed, SupportIntents.CancelRejected]),
        ("menu.shipped_anyway", SupportTopic.ShippedAnyway, [SupportIntents.ShippedAnyway]),
        ("menu.faq", SupportTopic.Faq, [SupportIntents.Faq]),
        ("menu.human", SupportTopic.Human, [SupportIntents.Human]),
    ];

    public static IReadOnlyList<SlotChoice> Menu(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. MenuItems.Select(item => SlotChoice.FromMessage(
            knowledge,
            item.Topic.ToString(),
            item.LabelKey,
            item.Intents.SelectMany(intent => knowledge.Vocabulary.Intents.TryGetValue(intent, out var phrases) ? phrases.All : [])))];
    }

    public static IReadOnlyList<SlotChoice> Stages(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. KnowledgeIds.Stages.Select(stage => SlotChoice.FromMessage(
                knowledge, KnowledgeIds.Id(stage), "stage.button." + KnowledgeIds.Id(stage), knowledge.Vocabulary.Stages[stage].All)),
            SlotChoice.FromMessage(knowledge, OrderInquiry.Unknown, "stage.button.unknown", knowledge.Vocabulary.Unknown.All, "stage.how_to_see")];
    }

    public static IReadOnlyList<SlotChoice> Sellers(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. KnowledgeIds.Sellers.Select(seller => SlotChoice.FromMessage(
                knowledge, KnowledgeIds.Id(seller), "seller.button." + KnowledgeIds.Id(seller), knowledge.Vocabulary.Sellers[seller].All)),
            SlotChoice.FromMessage(knowledge, OrderInquiry.Unknown, "seller.button.unknown", knowledge.Vocabulary.Unknown.All, "seller.how_to_tell")];
    }

    /// <summary>Payment methods; "I don't know" is an answer here (the refund timing is then left out).</summary>
    public static IReadOnlyList<SlotChoice> Payments(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. KnowledgeIds.Payments.Select(payment => SlotChoice.FromMessage(
                knowledge, KnowledgeIds.Id(payment), "payment.button." + KnowledgeIds.Id(payment), knowledge.Vocabulary.Payments[payment].All)),
            SlotChoice.FromMessage(knowledge, OrderInquiry.Unknown, "payment.button.unknown", knowledge.Vocabulary.Unknown.All)];
    }

    public const string Failed = "failed";
    public const string Refused = "refused";

    public static IReadOnlyList<SlotChoice> FailureKinds(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return
        [
            SlotChoice.FromMessage(knowledge, Failed, "failed.kind.failed", Intent(knowledge, SupportIntents.CancelFailed)),
            SlotChoice.FromMessage(knowledge, Refused, "failed.kind.refused", Intent(knowledge, SupportIntents.CancelRejected)),
        ];
    }

    public static IReadOnlyList<SlotChoice> FailureCauses(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. knowledge.Failures.Causes.Select(cause => new SlotChoice(
                cause.Id,
                cause.Label,
                [.. knowledge.Failures.Patterns.Where(p => p.Cause.Id == cause.Id).SelectMany(p => new[] { p.Text.Ja, p.Text.En })])),
            SlotChoice.FromMessage(knowledge, OrderInquiry.Unknown, "failed.cause_unknown", knowledge.Vocabulary.Unknown.All)];
    }

    public static IReadOnlyList<SlotChoice> Rejections(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. knowledge.Rejections.Select(rejection => new SlotChoice(rejection.Id, rejection.Reason, []))];
    }

    public const string Solved = "solved";
    public const string StillFails = "still_fails";

    public static IReadOnlyList<SlotChoice> TryResult(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return
        [
            SlotChoice.FromMessage(knowledge, Solved, "failed.button.solved", knowledge.Vocabulary.Yes.All),
            SlotChoice.FromMessage(knowledge, StillFails, "failed.button.still_fails", knowledge.Vocabulary.No.All),
        ];
    }

    public static IReadOnlyList<SlotChoice> Faq(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. knowledge.Faq.Entries.Select(entry => new SlotChoice(entry.Id, entry.Question, [.. entry.Keywords.All]))];
    }

    private static IEnumerable<string> Intent(KnowledgeSnapshot knowledge, string intent) =>
        knowledge.Vocabulary.Intents.TryGetValue(intent, out var phrases) ? phrases.All : [];
}
