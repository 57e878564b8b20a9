using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace SupportBot.Dialogs.Slots;

/// <summary>What the customer came for; MainDialog starts one waterfall per topic.</summary>
[JsonConverter(typeof(StringEnumConverter))]
public enum SupportTopic
{
    None,
    CancelOrder,
    Refund,
    FailedOrRefused,
    RequestFailed,
    RequestRefused,
    ShippedAnyway,
    WithdrawCancel,
    RefuseDelivery,
    ReturnItem,
    Faq,
    Human,
}
