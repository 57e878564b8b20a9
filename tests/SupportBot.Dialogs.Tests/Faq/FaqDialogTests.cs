using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Faq;

public sealed class FaqDialogTests
{
    private static readonly Dictionary<string, Conversation> Cases = FaqConversations.All.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => Script.Names(Cases.Values);

    [Theory]
    [MemberData(nameof(Names))]
    public Task Faq_conversation_goes_as_scripted(string name) => Cases[name].RunAsync();
}
