using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Refunds;

public sealed class RefundDialogTests
{
    private static readonly Dictionary<string, Conversation> Cases = RefundConversations.All.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => Script.Names(Cases.Values);

    [Theory]
    [MemberData(nameof(Names))]
    public Task Refund_conversation_goes_as_scripted(string name) => Cases[name].RunAsync();
}
