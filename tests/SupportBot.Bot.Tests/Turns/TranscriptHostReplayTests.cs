using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.Messages;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Hosting;

namespace SupportBot.Bot.Tests.Turns;

/// <summary>
/// The recorded conversations of tests/SupportBot.Dialogs.Tests/Transcripts replayed through the real host
/// (/api/messages with expectReplies, the activity handler, the configured storage): the same bot messages come back.
/// </summary>
public sealed class TranscriptHostReplayTests : IClassFixture<SupportBotFactory>
{
    private static readonly string TranscriptDirectory = Path.Combine(RepositoryRoot.Path, "tests", "SupportBot.Dialogs.Tests", "Transcripts");

    private readonly SupportBotFactory _factory;

    public TranscriptHostReplayTests(SupportBotFactory factory) => _factory = factory;

    public static TheoryData<string> Transcripts
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var path in Directory.GetFiles(TranscriptDirectory, "*.transcript").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(path));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Recorded_conversation_replays_the_same_through_the_host(string transcript)
    {
        var recorded = JsonConvert.DeserializeObject<List<Activity>>(File.ReadAllText(Path.Combine(TranscriptDirectory, transcript)))!;
        using var client = _factory.CreateClient();
        var conversation = Guid.NewGuid().ToString("N");
        var turns = new List<(Activity Customer, List<Activity> Bot)>();
        foreach (var activity in recorded)
        {
            if (activity.From?.Role == RoleTypes.User)
            {
                turns.Add((activity, []));
            }
            else if (activity.From?.Role == RoleTypes.Bot && activity.Type == ActivityTypes.Message && turns.Count > 0)
            {
                turns[^1].Bot.Add(activity);
            }
        }

        Assert.True(turns.Count > 1);
        foreach (var (customer, expected) in turns)
        {
            var locale = customer.Locale ?? "ja-JP";
            var activity = customer.Type == ActivityTypes.ConversationUpdate
                ? TestActivities.ConversationUpdate(conversation, locale)
                : TestActivities.Message(conversation, customer.Text, locale);
            using var response = await client.PostActivityAsync(activity);
            var actual = (await response.ReadRepliesAsync()).Where(r => r.Type == ActivityTypes.Message).ToList();

            var where = $"{transcript}, \"{customer.Text ?? customer.Type}\"";
            Assert.True(expected.Count == actual.Count, $"{where}: recorded {expected.Count} messages, got {actual.Count}:\n" + string.Join("\n---\n", actual.Select(a => a.Text)));
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.True(Comparable(expected[i]) == Comparable(actual[i]), $"{where}, message {i + 1}: expected\n{expected[i].Text}\nbut got\n{actual[i].Text}");
                Assert.Equal(Outcome(expected[i]), Outcome(actual[i]));
                Assert.Equal(EscalationReason(expected[i]), EscalationReason(actual[i]));
            }

            // With the host a person now has the conversation; the placeholder that recorded it let the bot go on.
            // Withdraw with the button the escalation message offers, so the rest of the recording replays as recorded.
            if (actual.FirstOrDefault(a => EscalationReason(a) is not null)?.SuggestedActions?.Actions?.FirstOrDefault() is { } withdraw)
            {
                using var withdrawn = await client.PostActivityAsync(TestActivities.Message(conversation, (string)withdraw.Value, locale));
                Assert.Equal(System.Net.HttpStatusCode.OK, withdrawn.StatusCode);
            }
        }
    }

    // Transcripts are recorded with the dialogs' placeholder escalation; the host's ticket service words the ticket part
    // its own way (ESC- number, hours), so an escalation message is compared by its reason paragraph and entity.
    private static string? Comparable(Activity activity) =>
        SupportBot.Testing.Transcripts.ReplayMasks.Apply(EscalationReason(activity) is null ? activity.Text : activity.Text?.Split("\n\n")[0]);

    private static string? EscalationReason(Activity activity) =>
        activity.Entities?.FirstOrDefault(e => e.Type == OutcomeEntities.EscalationType)?.Properties["reason"]?.ToString();

    private static string Outcome(Activity activity)
    {
        var entity = activity.Entities?.FirstOrDefault(e => e.Type == OutcomeEntities.OutcomeType);
        return entity is null ? "-" : $"{entity.Properties["outcome"]} {entity.Properties["ruleId"]}";
    }
}
