namespace SupportBot.Knowledge;

/// <summary>Where the order is in its life; canonical ids not_shipped, preparing, shipped, received.</summary>
public enum OrderStage
{
    NotShipped,
    Preparing,
    Shipped,
    Received,
}
