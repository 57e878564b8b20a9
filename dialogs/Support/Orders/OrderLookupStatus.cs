namespace SupportBot.Dialogs.Orders;

public enum OrderLookupStatus
{
    Found,
    NotFound,

    /// <summary>The order system is down, slow (over the time-out) or answered nonsense: fall back to asking.</summary>
    Unavailable,
}
