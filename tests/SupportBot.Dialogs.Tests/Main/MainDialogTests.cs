using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Main;

public sealed class MainDialogTests
{
    private static readonly Dictionary<string, Conversation> Cases = MainConversations.All.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => Script.Names(Cases.Values);

    [Theory]
    [MemberData(nameof(Names))]
    public Task Main_conversation_goes_as_scripted(string name) => Cases[name].RunAsync();
}
