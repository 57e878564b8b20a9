using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Conversations.Realistic;

public sealed class RealisticConversationTests
{
    private static readonly Dictionary<string, Conversation> Cases = RealisticConversations.All.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => Script.Names(Cases.Values);

    [Fact]
    public void There_are_at_least_eighty() => Assert.True(Cases.Count >= 80, $"{Cases.Count} conversations");

    [Theory]
    [MemberData(nameof(Names))]
    public Task Realistic_conversation_goes_as_a_customer_needs(string name) => Cases[name].RunAsync();
}
