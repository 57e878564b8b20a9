using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Interruptions;

public sealed class InterruptionTests
{
    private static readonly Dictionary<string, Conversation> Cases = InterruptionConversations.All.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => Script.Names(Cases.Values);

    [Theory]
    [MemberData(nameof(Names))]
    public Task Interruption_works_at_every_step(string name) => Cases[name].RunAsync();
}
