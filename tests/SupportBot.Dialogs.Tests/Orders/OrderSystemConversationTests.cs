using SupportBot.Dialogs.Tests.Orders.Demo;

using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Orders;

/// <summary>Each conversation runs against its own demo order book (time-out 0.3 s so slow answers are quick to test).</summary>
public sealed class OrderSystemConversationTests
{
    private static readonly Dictionary<string, Conversation> Cases = OrderSystemConversations.All.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => Script.Names(Cases.Values);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Order_system_conversation_goes_as_scripted(string name)
    {
        using var orders = new DemoOrderBookFixture(timeoutSeconds: 0.3);
        await Cases[name].RunAsync(orders.Service);
    }
}
