namespace SupportBot.Dialogs.Orders.Demo;

/// <summary>
/// One seeded demo order. <paramref name="OrderedHoursAgo"/> is relative to the moment of the lookup, so the demo
/// orders never age out of the rules that depend on dates.
/// </summary>
public sealed record DemoOrder(
    string OrderNumber,
    string Stage,
    string Seller,
    string PaymentMethod,
    string ItemName,
    int OrderedHoursAgo,
    DemoOrderBehaviour Behaviour = DemoOrderBehaviour.Ordinary);
