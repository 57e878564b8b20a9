namespace SupportBot.Dialogs.Orders;

/// <summary>The answer to an order lookup: the order when found.</summary>
public sealed record OrderLookup(OrderLookupStatus Status, OrderRecord? Order = null);
