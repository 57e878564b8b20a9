using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Orders.Demo;

/// <summary>
/// The demo order book's contents, deterministic: one order for every stage × seller × payment method
/// (9{stage}{seller}-000000{payment}-00000NN, indexes from 1 in the knowledge base's order), then the special orders
/// (999-...) whose lookup or cancellation takes an unusual path. README.md's "Demo order system" table lists them all.
/// </summary>
public static class DemoOrderSeed
{
    private static readonly string[] ItemNames =
    [
        "ワイヤレスイヤホン", "文庫本 3冊セット", "電気ケトル", "ランニングシューズ",
        "USB-C 充電器", "コーヒー豆 500g", "加湿器", "ボードゲーム",
    ];

    public static IReadOnlyList<DemoOrder> Orders { get; } = Build();

    private static List<DemoOrder> Build()
    {
        var orders = new List<DemoOrder>();
        foreach (var stage in KnowledgeIds.Stages)
        {
            foreach (var seller in KnowledgeIds.Sellers)
            {
                foreach (var payment in KnowledgeIds.Payments)
                {
                    var number = $"9{(int)stage + 1}{(int)seller + 1}-{(int)payment + 1:D7}-{orders.Count + 1:D7}";
                    orders.Add(new DemoOrder(number, KnowledgeIds.Id(stage), KnowledgeIds.Id(seller), KnowledgeIds.Id(payment),
                        ItemNames[orders.Count % ItemNames.Length], HoursAgo(stage)));
                }
            }
        }

        AddSpecial(orders, "store", "credit_card", DemoOrderBehaviour.AlreadyCancelled);
        AddSpecial(orders, "marketplace", "credit_card", DemoOrderBehaviour.RejectedBySellerPolicy);
        AddSpecial(orders, "store", "credit_card", DemoOrderBehaviour.SystemError);
        AddSpecial(orders, "store", "convenience_atm", DemoOrderBehaviour.PaymentTrouble);
        AddSpecial(orders, "store", "e_money", DemoOrderBehaviour.JustChanged);
        AddSpecial(orders, "store", "credit_card", DemoOrderBehaviour.CancellationTimesOut);
        AddSpecial(orders, "store", "credit_card", DemoOrderBehaviour.LookupTimesOut);
        return orders;
    }

    // Every special order is not_shipped, so the conversation reaches the cancellation request.
    private static void AddSpecial(List<DemoOrder> orders, string seller, string payment, DemoOrderBehaviour behaviour)
    {
        var special = orders.Count(o => o.Behaviour != DemoOrderBehaviour.Ordinary) + 1;
        var number = $"999-{special:D7}-{orders.Count + 1:D7}";
        orders.Add(new DemoOrder(number, "not_shipped", seller, payment, ItemNames[orders.Count % ItemNames.Length],
            HoursAgo(OrderStage.NotShipped), behaviour));
    }

    private static int HoursAgo(OrderStage stage) => stage switch
    {
        OrderStage.NotShipped => 2,
        OrderStage.Preparing => 20,
        OrderStage.Shipped => 48,
        _ => 120,
    };
}
