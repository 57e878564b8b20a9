namespace SupportBot.Dialogs.Orders;

public enum CancellationStatus
{
    Accepted,

    /// <summary>The seller or the store refused (e.g. already shipped, seller policy).</summary>
    Rejected,

    /// <summary>The request errored (system error, payment trouble, just changed).</summary>
    Failed,

    /// <summary>The order system could not be reached in time; nothing is known about the request.</summary>
    Unavailable,
}
