using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Cancellation;

public sealed class CancellationDialogTests
{
    private static readonly Dictionary<string, Conversation> Cases = CancellationConversations.All.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => Script.Names(Cases.Values);

    [Theory]
    [MemberData(nameof(Names))]
    public Task Cancellation_conversation_goes_as_scripted(string name) => Cases[name].RunAsync();
}
