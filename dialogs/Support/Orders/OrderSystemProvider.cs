namespace SupportBot.Dialogs.Orders;

/// <summary>Which order system answers lookups and cancellations (configuration key Orders:Provider).</summary>
public enum OrderSystemProvider
{
    /// <summary>No order system: the dialogs ask the customer for the stage, seller and payment.</summary>
    None,

    /// <summary>The demo order book in SQLite, seeded for testers (see docs/order-system.md, "Demo order system").</summary>
    Demo,

    /// <summary>A real store's order system behind the REST contract of docs/order-system-api.md.</summary>
    Http,
}
