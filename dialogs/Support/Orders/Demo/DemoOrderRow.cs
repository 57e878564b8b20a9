namespace SupportBot.Dialogs.Orders.Demo;

/// <summary>A demo order as stored: the seed plus the time it was cancelled, if it was.</summary>
internal sealed record DemoOrderRow(DemoOrder Order, DateTimeOffset? CancelledAt);
