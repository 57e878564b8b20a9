using SupportBot.Understanding;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Slots;

/// <summary>The buttons of each support question, built from the knowledge files (labels and customers' words).</summary>
public static class SlotChoices
{
    /// <summary>The welcome menu of menu.yaml, in its order: each button's id is the topic it starts.</summary>
    public static IReadOnlyList<SlotChoice> Menu(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. knowledge.Menu.Select(item =>
        {
            var row = SupportTopics.ForMenu(item.Topic);
            return new SlotChoice(row.Topic.ToString(), item.Label, [.. row.MenuIntents.SelectMany(intent => Intent(knowledge, intent))]);
        })];
    }

    public static IReadOnlyList<SlotChoice> Stages(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. knowledge.Stages.Select(stage => new SlotChoice(KnowledgeIds.Id(stage.Stage), stage.Label, [.. knowledge.Vocabulary.Stages[stage.Stage].All])),
            SlotChoice.FromMessage(
                knowledge, OrderInquiry.Unknown, MessageKeys.ChoiceUnknown, knowledge.Vocabulary.Unknown.All, MessageKeys.StageHowToSee,
                [.. knowledge.Stages.Select(s => Explained(s.Label, s.HowToSee))])];
    }

    public static IReadOnlyList<SlotChoice> Sellers(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. knowledge.Sellers.Select(seller => new SlotChoice(KnowledgeIds.Id(seller.Seller), seller.Label, [.. knowledge.Vocabulary.Sellers[seller.Seller].All])),
            SlotChoice.FromMessage(
                knowledge, OrderInquiry.Unknown, MessageKeys.ChoiceUnknown, knowledge.Vocabulary.Unknown.All, MessageKeys.SellerHowToTell,
                [.. knowledge.Sellers.Select(s => Explained(s.Label, s.HowToTell))])];
    }

    /// <summary>Payment methods; "I don't know" is an answer here (the refund timing is then left out).</summary>
    public static IReadOnlyList<SlotChoice> Payments(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. knowledge.RefundTimings.Select(timing => new SlotChoice(KnowledgeIds.Id(timing.Payment), timing.Label, [.. knowledge.Vocabulary.Payments[timing.Payment].All])),
            SlotChoice.FromMessage(knowledge, OrderInquiry.Unknown, MessageKeys.ChoiceUnknown, knowledge.Vocabulary.Unknown.All)];
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
        var buttons = knowledge.Faq.Buttons.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        return [.. knowledge.Faq.Buttons.Concat(knowledge.Faq.Entries.Where(e => !buttons.Contains(e.Id)))
            .Select(entry => new SlotChoice(entry.Id, entry.Question, [.. entry.Keywords.All]) { Shown = buttons.Contains(entry.Id) })];
    }

    // "発送前: 注文履歴で…" / "Not shipped yet: open the order…"
    private static LocalizedText Explained(LocalizedText label, LocalizedText how) =>
        new("**" + label.Ja + "**: " + how.Ja, "**" + label.En + "**: " + how.En);

    private static IEnumerable<string> Intent(KnowledgeSnapshot knowledge, string intent) =>
        knowledge.Vocabulary.Intents.TryGetValue(intent, out var phrases) ? phrases.All : [];
}
