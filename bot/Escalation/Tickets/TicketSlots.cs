using Newtonsoft.Json;
using SupportBot.Dialogs.Slots;

namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>Every slot the conversation collected, with real (unmasked) values for the agent.</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
public sealed record TicketSlots(
    [property: JsonProperty("topic")] string Topic,
    [property: JsonProperty("orderNumber")] string? OrderNumber,
    [property: JsonProperty("stage")] string? Stage,
    [property: JsonProperty("seller")] string? Seller,
    [property: JsonProperty("paymentMethod")] string? PaymentMethod,
    [property: JsonProperty("daysAgo")] int? DaysAgo,
    [property: JsonProperty("date")] string? Date,
    [property: JsonProperty("failureCause")] string? FailureCause,
    [property: JsonProperty("rejection")] string? Rejection,
    [property: JsonProperty("question")] string? Question,
    [property: JsonProperty("fromOrderSystem")] bool FromOrderSystem)
{
    public static TicketSlots From(OrderInquiry inquiry)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        return new TicketSlots(
            inquiry.Topic.ToString(),
            inquiry.OrderNumber,
            inquiry.Stage,
            inquiry.Seller,
            inquiry.PaymentMethod,
            inquiry.DaysAgo,
            inquiry.Date,
            inquiry.FailureCause,
            inquiry.Rejection,
            inquiry.Question,
            inquiry.FromOrderSystem);
    }
}
