using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Slots;

/// <summary>The topic each recognizer intent opens (intents that open none, such as thanks or greetings, map to None).</summary>
public static class SupportTopics
{
    public static SupportTopic ForIntent(string? intent) => intent switch
    {
        SupportIntents.CancelOrder => SupportTopic.CancelOrder,
        SupportIntents.RefundStatus => SupportTopic.Refund,
        SupportIntents.CancelFailed => SupportTopic.RequestFailed,
        SupportIntents.CancelRejected => SupportTopic.RequestRefused,
        SupportIntents.ShippedAnyway => SupportTopic.ShippedAnyway,
        SupportIntents.WithdrawCancel => SupportTopic.WithdrawCancel,
        SupportIntents.RefuseDelivery => SupportTopic.RefuseDelivery,
        SupportIntents.ReturnItem => SupportTopic.ReturnItem,
        SupportIntents.Faq => SupportTopic.Faq,
        SupportIntents.Human => SupportTopic.Human,
        _ => SupportTopic.None,
    };
}
