using SupportBot.Dialogs.Prompts;
using SupportBot.Dialogs.Recognition;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Slots;

/// <summary>The buttons of each support question, built from the knowledge files (labels and customers' words).</summary>
public static class SlotChoices
{
    /// <summary>The welcome menu's items, in the order shown, with the topic each starts.</summary>
    public static IReadOnlyList<(MessageKey LabelKey, SupportTopic Topic, string[] Intents)> MenuItems { get; } =
    [
        (MessageKeys.MenuCancelOrder, SupportTopic.CancelOrder, [SupportIntents.CancelOrder]),
        (MessageKeys.MenuRefund, SupportTopic.Refund, [SupportIntents.RefundStatus]),
        (MessageKeys.MenuRequestFailed, SupportTopic.FailedOrRefused, [SupportIntents.CancelFailed, SupportIntents.CancelRejected]),
        (MessageKeys.MenuShippedAnyway, SupportTopic.ShippedAnyway, [SupportIntents.ShippedAnyway]),
        (MessageKeys.MenuFaq, SupportTopic.Faq, [SupportIntents.Faq]),
        (MessageKeys.MenuHuman, SupportTopic.Human, [SupportIntents.Human]),
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
                knowledge, KnowledgeIds.Id(stage), MessageKeys.StageButton(KnowledgeIds.Id(stage)), knowledge.Vocabulary.Stages[stage].All)),
            SlotChoice.FromMessage(knowledge, OrderInquiry.Unknown, MessageKeys.StageButton(OrderInquiry.Unknown), knowledge.Vocabulary.Unknown.All, MessageKeys.StageHowToSee)];
    }

    public static IReadOnlyList<SlotChoice> Sellers(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. KnowledgeIds.Sellers.Select(seller => SlotChoice.FromMessage(
                knowledge, KnowledgeIds.Id(seller), MessageKeys.SellerButton(KnowledgeIds.Id(seller)), knowledge.Vocabulary.Sellers[seller].All)),
            SlotChoice.FromMessage(knowledge, OrderInquiry.Unknown, MessageKeys.SellerButton(OrderInquiry.Unknown), knowledge.Vocabulary.Unknown.All, MessageKeys.SellerHowToTell)];
    }

    /// <summary>Payment methods; "I don't know" is an answer here (the refund timing is then left out).</summary>
    public static IReadOnlyList<SlotChoice> Payments(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. KnowledgeIds.Payments.Select(payment => SlotChoice.FromMessage(
                knowledge, KnowledgeIds.Id(payment), MessageKeys.PaymentButton(KnowledgeIds.Id(payment)), knowledge.Vocabulary.Payments[payment].All)),
            SlotChoice.FromMessage(knowledge, OrderInquiry.Unknown, MessageKeys.PaymentButton(OrderInquiry.Unknown), knowledge.Vocabulary.Unknown.All)];
    }

    public const string Failed = "failed";
    public const string Refused = "refused";

    public static IReadOnlyList<SlotChoice> FailureKinds(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return
        [
            SlotChoice.FromMessage(knowledge, Failed, MessageKeys.FailedKindFailed, Intent(knowledge, SupportIntents.CancelFailed)),
            SlotChoice.FromMessage(knowledge, Refused, MessageKeys.FailedKindRefused, Intent(knowledge, SupportIntents.CancelRejected)),
        ];
    }

    public static IReadOnlyList<SlotChoice> FailureCauses(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. knowledge.Failures.Causes.Select(cause => new SlotChoice(
                cause.Id,
                cause.Label,
                [.. knowledge.Failures.Patterns.Where(p => p.Cause.Id == cause.Id).SelectMany(p => new[] { p.Text.Ja, p.Text.En })])),
            SlotChoice.FromMessage(knowledge, OrderInquiry.Unknown, MessageKeys.FailedCauseUnknown, knowledge.Vocabulary.Unknown.All)];
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
            SlotChoice.FromMessage(knowledge, Solved, MessageKeys.FailedButtonSolved, knowledge.Vocabulary.Yes.All),
            SlotChoice.FromMessage(knowledge, StillFails, MessageKeys.FailedButtonStillFails, knowledge.Vocabulary.No.All),
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
