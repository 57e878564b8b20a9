using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Interruptions;

public sealed class ReadingTests
{
    private static readonly Dictionary<string, Conversation> Cases = ReadingConversations.All.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => Script.Names(Cases.Values);

    [Theory]
    [MemberData(nameof(Names))]
    public Task The_reading_of_a_turn_is_acted_on_at_every_question(string name) => Cases[name].RunAsync();
}
