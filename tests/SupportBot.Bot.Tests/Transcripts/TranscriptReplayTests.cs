using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.Messages;

namespace SupportBot.Bot.Tests.Transcripts;

/// <summary>
/// Replays every transcript in tests/transcripts (saved from the Emulator) against today's bot: the same user
/// activities, in a fresh conversation on the emulator channel, must get the same messages (text and buttons)
/// and the same traces (by name) in the same order. When wording changes on purpose, save the transcript again.
/// </summary>
public sealed class TranscriptReplayTests : IClassFixture<SupportBotFactory>
{
    private readonly SupportBotFactory _factory;

    public TranscriptReplayTests(SupportBotFactory factory) => _factory = factory;

    public static TheoryData<string> Transcripts()
    {
        var data = new TheoryData<string>();
        foreach (var path in TranscriptFile.All())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task A_saved_Emulator_transcript_replays_with_the_same_answers(string file)
    {
        var steps = TranscriptFile.Read(Path.Combine(TranscriptFile.Folder, file));
        using var client = _factory.CreateClient();
        var conversationId = "replay-" + Guid.NewGuid().ToString("N");
        Assert.NotEmpty(steps);

        foreach (var (step, index) in steps.Select((s, i) => (s, i)))
        {
            var activity = step.UserActivity;
            activity.Id = Guid.NewGuid().ToString("N");
            activity.Conversation = new ConversationAccount(id: conversationId);
            activity.DeliveryMode = DeliveryModes.ExpectReplies;
            activity.Timestamp = DateTimeOffset.UtcNow;

            using var response = await client.PostActivityAsync(activity);
            var replies = await response.ReadRepliesAsync();

            var said = $"{file} step {index + 1} ({activity.Type} '{activity.Text}')";
            Assert.Equal(Describe(step.BotReplies), Describe(replies.Where(r => r.Type is ActivityTypes.Message or ActivityTypes.Trace)), new StepComparer(said));
        }
    }

    private static List<string> Describe(IEnumerable<Activity> activities) => activities
        .Select(a => a.Type == ActivityTypes.Trace
            ? $"trace {a.Name}"
            : $"message {a.Text?.ReplaceLineEndings("\n")} [{string.Join(" | ", a.SuggestedActions?.Actions?.Select(x => x.Title) ?? [])}]")
        .ToList();

    // Equal lists, or a failure naming the step, so a tester sees which turn of the transcript changed.
    private sealed class StepComparer(string step) : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal)
            ? true
            : throw new Xunit.Sdk.XunitException($"{step}: expected\n  {x}\nbut the bot now says\n  {y}");

        public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(obj);
    }
}
