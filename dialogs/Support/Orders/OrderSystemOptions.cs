using System.ComponentModel.DataAnnotations;

namespace SupportBot.Dialogs.Orders;

/// <summary>Configuration section "Orders": which order system to consult, where it is, and how long to wait.</summary>
public sealed class OrderSystemOptions
{
    public const string SectionName = "Orders";

    public const string DefaultDemoDatabasePath = "data/demo-orders.db";

    public OrderSystemProvider Provider { get; set; } = OrderSystemProvider.None;

    /// <summary>The demo order book's SQLite file; a relative path hangs off the repository root (RepositoryLocator.Resolve).</summary>
    public string DemoDatabasePath { get; set; } = DefaultDemoDatabasePath;

    /// <summary>The REST order system's base address (absolute http/https), required when Provider is Http.</summary>
    public string? HttpBaseAddress { get; set; }

    /// <summary>How long one call may take before the bot gives up on it and asks the customer instead.</summary>
    [Range(0.05, 60)]
    public double TimeoutSeconds { get; set; } = 2;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
}
