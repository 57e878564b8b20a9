using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Failures;

public sealed class FailureDialogTests
{
    private static readonly Dictionary<string, Conversation> Cases = FailureConversations.All.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => Script.Names(Cases.Values);

    [Theory]
    [MemberData(nameof(Names))]
    public Task Failure_conversation_goes_as_scripted(string name) => Cases[name].RunAsync();
}
