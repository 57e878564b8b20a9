namespace SupportBot.Dialogs.Engine.Tests.TestDoubles;

/// <summary>A typed options object as a support dialog would pass it.</summary>
internal sealed class OrderRequest
{
    public string? OrderNumber { get; set; }

    public int Quantity { get; set; }

    public List<string> Items { get; set; } = [];
}
