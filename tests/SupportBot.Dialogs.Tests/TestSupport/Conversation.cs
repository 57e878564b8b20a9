using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.TestSupport;

/// <summary>
/// A scripted conversation: the client's locale, the language the bot must answer in, optionally an order system,
/// and the turns. Run plays it through the real MainDialog and checks every turn.
/// </summary>
public sealed record Conversation(string Name, IReadOnlyList<Turn> Turns, string Locale = "ja-JP", string Language = "ja")
{
    /// <summary>Creates the order system for this conversation (null: none configured).</summary>
    public Func<IOrderService?>? Orders { get; init; }

    /// <summary>
    /// Fails a turn that asks a question already answered: once the bot has gone on from a question to another, that
    /// question coming back means a slot was asked twice (asking again while it is still pending, after a digression
    /// or a retry, is not).
    /// </summary>
    public bool NoQuestionAskedTwice { get; init; }

    public static Conversation Japanese(string name, params Turn[] turns) => new(name, turns);

    public static Conversation English(string name, params Turn[] turns) => new(name, turns, "en-US", "en");

    public async Task RunAsync(IOrderService? orders = null)
    {
        var conversation = new SupportConversation(Locale, orders ?? Orders?.Invoke());
        var knowledge = conversation.Knowledge.Current;
        var answered = new HashSet<string>(StringComparer.Ordinal);
        string? pending = null;
        for (var i = 0; i < Turns.Count; i++)
        {
            var turn = Turns[i];
            var replies = await conversation.SayAsync(turn.User);
            Assert.True(replies.Count > 0, $"{Name}, turn {i + 1} (\"{turn.User}\"): the bot said nothing.");
            foreach (var asked in replies.Select(r => SupportBot.Dialogs.Outcomes.OutcomeEntities.Find(r, SupportBot.Dialogs.Outcomes.OutcomeEntities.StepType)?.Properties["step"]?.ToString()).OfType<string>())
            {
                Assert.False(NoQuestionAskedTwice && answered.Contains(asked), $"{Name}, turn {i + 1} (\"{turn.User}\"): asked {asked} again after it was answered.");
                if (pending is not null && pending != asked)
                {
                    answered.Add(pending);
                }

                pending = asked;
            }

            foreach (var expectation in turn.Expectations)
            {
                try
                {
                    expectation.Check(replies, knowledge, Language);
                }
                catch (Exception ex) when (ex is Xunit.Sdk.XunitException)
                {
                    throw new Xunit.Sdk.XunitException($"{Name}, turn {i + 1} (\"{turn.User}\"), {expectation}: {ex.Message}");
                }
            }
        }
    }

    public override string ToString() => Name;
}
