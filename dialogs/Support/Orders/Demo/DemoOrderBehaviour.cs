namespace SupportBot.Dialogs.Orders.Demo;

/// <summary>What a demo order does beyond the ordinary rules, so that testers can reach every path.</summary>
public enum DemoOrderBehaviour
{
    /// <summary>not_shipped: cancellation accepted; any later stage: rejected as too-late.</summary>
    Ordinary,

    /// <summary>Seeded as already cancelled: a request answers Accepted with the earlier time.</summary>
    AlreadyCancelled,

    /// <summary>The seller refuses (seller-policy).</summary>
    RejectedBySellerPolicy,

    /// <summary>The request fails with a system error, every time.</summary>
    SystemError,

    /// <summary>The request fails with payment trouble.</summary>
    PaymentTrouble,

    /// <summary>The request fails because the order was just changed.</summary>
    JustChanged,

    /// <summary>The cancellation answers only after the time-out, so the caller's time-out path runs.</summary>
    CancellationTimesOut,

    /// <summary>The lookup answers only after the time-out, so the bot falls back to asking.</summary>
    LookupTimesOut,
}
