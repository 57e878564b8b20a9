using SupportBot.Knowledge;
using SupportBot.Understanding;

namespace SupportBot.Dialogs.Slots;

/// <summary>
/// The one table of topics: what a customer can come for, which intents open it, its menu button and the dialog that
/// runs it. Routing, the menu and MainDialog read only this table; a new topic is its dialog's folder and one row.
/// Dialog ids are the dialogs' names (a Slots row cannot name the dialog types that use Slots).
/// </summary>
public static class SupportTopics
{
    public static IReadOnlyList<TopicRow> Rows { get; } =
    [
        new(SupportTopic.CancelOrder, [SupportIntents.CancelOrder], MenuTopics.CancelOrder, [SupportIntents.CancelOrder], "CancellationDialog"),
        new(SupportTopic.Refund, [SupportIntents.RefundStatus], MenuTopics.Refund, [SupportIntents.RefundStatus], "RefundDialog"),
        new(SupportTopic.FailedOrRefused, [], MenuTopics.FailedOrRefused, [SupportIntents.CancelFailed, SupportIntents.CancelRejected], "FailureDialog"),
        new(SupportTopic.RequestFailed, [SupportIntents.CancelFailed], null, [], "FailureDialog"),
        new(SupportTopic.RequestRefused, [SupportIntents.CancelRejected], null, [], "FailureDialog"),
        new(SupportTopic.ShippedAnyway, [SupportIntents.ShippedAnyway], MenuTopics.ShippedAnyway, [SupportIntents.ShippedAnyway], "GuidanceDialog"),
        new(SupportTopic.WithdrawCancel, [SupportIntents.WithdrawCancel], MenuTopics.Withdraw, [SupportIntents.WithdrawCancel], "GuidanceDialog"),
        new(SupportTopic.RefuseDelivery, [SupportIntents.RefuseDelivery], MenuTopics.RefuseDelivery, [SupportIntents.RefuseDelivery], "GuidanceDialog"),
        new(SupportTopic.ReturnItem, [SupportIntents.ReturnItem], MenuTopics.Return, [SupportIntents.ReturnItem], "GuidanceDialog"),
        new(SupportTopic.Faq, [SupportIntents.Faq], MenuTopics.Faq, [SupportIntents.Faq], "FaqDialog"),
        new(SupportTopic.Human, [SupportIntents.Human], MenuTopics.Human, [SupportIntents.Human], null),
    ];

    /// <summary>The topic an intent opens (intents that open none, such as thanks or greetings: None).</summary>
    public static SupportTopic ForIntent(string? intent) =>
        Rows.FirstOrDefault(row => intent is not null && row.Intents.Contains(intent))?.Topic ?? SupportTopic.None;

    /// <summary>The row of a menu.yaml topic id.</summary>
    public static TopicRow ForMenu(string menuId) =>
        Rows.FirstOrDefault(row => row.MenuId == menuId) ?? throw new ArgumentOutOfRangeException(nameof(menuId), menuId, "menu.schema.json allows only the ids of MenuTopics.");

    /// <summary>The dialog that runs a topic; null for a person (MainDialog escalates) and for no topic.</summary>
    public static string? DialogFor(SupportTopic topic) => Rows.FirstOrDefault(row => row.Topic == topic)?.DialogId;
}
