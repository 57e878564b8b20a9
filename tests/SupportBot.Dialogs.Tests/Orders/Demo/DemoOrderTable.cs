using System.Globalization;
using System.Text;
using SupportBot.Dialogs.Orders.Demo;

namespace SupportBot.Dialogs.Tests.Orders.Demo;

/// <summary>The README's table of demo orders, rendered from the seed (docs/order-system.md, "Demo order system").</summary>
internal static class DemoOrderTable
{
    public const string Start = "<!-- demo-orders:start (generated from DemoOrderSeed; DemoOrderReadmeTests checks it) -->";
    public const string End = "<!-- demo-orders:end -->";

    public static string Render()
    {
        var table = new StringBuilder();
        table.Append("| order number | stage | seller | payment | item | what happens |\n");
        table.Append("|---|---|---|---|---|---|\n");
        foreach (var order in DemoOrderSeed.Orders)
        {
            table.Append(CultureInfo.InvariantCulture, $"| `{order.OrderNumber}` | {order.Stage} | {order.Seller} | {order.PaymentMethod} | {order.ItemName} | {WhatHappens(order)} |\n");
        }

        return table.ToString();
    }

    private static string WhatHappens(DemoOrder order) => order.Behaviour switch
    {
        DemoOrderBehaviour.Ordinary when order.Stage == "not_shipped" =>
            "cancel → accepted; the order is marked cancelled, and asking again answers accepted with the same time",
        DemoOrderBehaviour.Ordinary => "cancel → rejected, `too-late`",
        DemoOrderBehaviour.AlreadyCancelled => "already cancelled (an hour before the book was created); cancel → accepted with that time",
        DemoOrderBehaviour.RejectedBySellerPolicy => "cancel → rejected by the seller, `seller-policy`",
        DemoOrderBehaviour.SystemError => "cancel → failed, `system-error`, every time (repeat it to reach escalation)",
        DemoOrderBehaviour.PaymentTrouble => "cancel → failed, `payment-trouble`",
        DemoOrderBehaviour.JustChanged => "cancel → failed, `just-changed`",
        DemoOrderBehaviour.CancellationTimesOut => "cancel → no answer within `Orders:TimeoutSeconds` → unavailable (order system down)",
        DemoOrderBehaviour.LookupTimesOut => "lookup → no answer within `Orders:TimeoutSeconds` → unavailable: the bot asks for the stage, seller and payment",
        _ => throw new ArgumentOutOfRangeException(nameof(order), order.Behaviour, "Describe the new behaviour for the README."),
    };
}
