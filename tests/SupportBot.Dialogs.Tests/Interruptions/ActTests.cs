using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Interruptions;

public sealed class ActTests
{
    private static readonly Dictionary<string, Conversation> Cases = ActConversations.All.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => Script.Names(Cases.Values);

    [Theory]
    [MemberData(nameof(Names))]
    public Task An_act_beside_or_instead_of_an_answer_does_what_it_says(string name) => Cases[name].RunAsync();
}
