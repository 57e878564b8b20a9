using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Transcripts;

namespace SupportBot.Bot.Tests.Turns;

/// <summary>
/// The recorded conversations of tests/SupportBot.Dialogs.Tests/Transcripts replayed through the real host
/// (/api/messages with expectReplies, the activity handler, the configured storage): the same bot messages come back.
/// Those recorded through the host itself (*.host.transcript, escalations with their real ticket messages) are
/// compared whole, after replay-masks.txt, and replayed twice in a row with the queue changed in between.
/// </summary>
public sealed class TranscriptHostReplayTests : IClassFixture<SupportBotFactory>
{
    private readonly SupportBotFactory _factory;

    public TranscriptHostReplayTests(SupportBotFactory factory) => _factory = factory;

    public static TheoryData<string> Transcripts => [.. TranscriptFile.Names];

    // SUPPORTBOT_RECORD_TRANSCRIPTS=1 (TranscriptFile.Recording) rewrites the host recordings' bot messages instead.
    public static TheoryData<string> HostTranscripts => [.. TranscriptFile.HostNames];

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Recorded_conversation_replays_the_same_through_the_host(string transcript)
    {
        using var client = _factory.CreateClient();
        foreach (var (customer, expected, actual) in await PlayAsync(client, TranscriptFile.Read(transcript), withdrawAfterEscalation: true))
        {
            var where = $"{transcript}, \"{customer.Text ?? customer.Type}\"";
            Assert.True(expected.Count == actual.Count, $"{where}: recorded {expected.Count} messages, got {actual.Count}:\n" + string.Join("\n---\n", actual.Select(a => a.Text)));
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.True(ReasonOnly(expected[i]) == ReasonOnly(actual[i]), $"{where}, message {i + 1}: expected\n{expected[i].Text}\nbut got\n{actual[i].Text}");
                Assert.Equal(Outcome(expected[i]), Outcome(actual[i]));
                Assert.Equal(EscalationReason(expected[i]), EscalationReason(actual[i]));
            }
        }
    }

    [Fact]
    public void There_is_a_recorded_escalation_through_the_host() =>
        Assert.Contains(TranscriptFile.HostNames, name => TranscriptFile.Read(name).Any(a => EscalationReason(a) is not null));

    [Theory]
    [MemberData(nameof(HostTranscripts))]
    public async Task Recorded_escalation_through_the_host_replays_green_twice_in_a_row(string transcript)
    {
        var recorded = TranscriptFile.Read(transcript);
        using var client = _factory.CreateClient();
        for (var replay = 1; replay <= (TranscriptFile.Recording ? 1 : 2); replay++)
        {
            // Another customer asks for a person first, so the queue line reads differently on each replay.
            using (await client.PostActivityAsync(TestActivities.Message("waiting-" + Guid.NewGuid().ToString("N"), "担当者と話したい")))
            {
            }

            var played = await PlayAsync(client, recorded, withdrawAfterEscalation: false);
            if (TranscriptFile.Recording)
            {
                TranscriptFile.Write(transcript, played.SelectMany(turn => new[] { turn.Customer }.Concat(turn.Actual.Select(AsRecorded))));
                return;
            }

            foreach (var (customer, expected, actual) in played)
            {
                var where = $"{transcript}, replay {replay}, \"{customer.Text ?? customer.Type}\": ";
                Assert.Equal(expected.Select(a => where + Comparable(a)).ToList(), actual.Select(a => where + Comparable(a)).ToList());
            }
        }
    }

    private static async Task<List<(Activity Customer, List<Activity> Expected, List<Activity> Actual)>> PlayAsync(HttpClient client, IReadOnlyList<Activity> recorded, bool withdrawAfterEscalation)
    {
        var conversation = Guid.NewGuid().ToString("N");
        var turns = new List<(Activity Customer, List<Activity> Expected, List<Activity> Actual)>();
        foreach (var activity in recorded)
        {
            if (activity.From?.Role == RoleTypes.User)
            {
                turns.Add((activity, [], []));
            }
            else if (activity.From?.Role == RoleTypes.Bot && activity.Type == ActivityTypes.Message && turns.Count > 0)
            {
                turns[^1].Expected.Add(activity);
            }
        }

        Assert.True(turns.Count > 1);
        foreach (var (customer, _, actual) in turns)
        {
            var locale = customer.Locale ?? "ja-JP";
            var activity = customer.Type == ActivityTypes.ConversationUpdate
                ? TestActivities.ConversationUpdate(conversation, locale)
                : TestActivities.Message(conversation, customer.Text, locale);
            using var response = await client.PostActivityAsync(activity);
            actual.AddRange((await response.ReadRepliesAsync()).Where(r => r.Type == ActivityTypes.Message));

            // Recorded with the dialogs' placeholder, the bot went on after an escalation; with the host a person now has
            // the conversation. Withdrawing with the button the escalation message offers lets the rest replay as recorded.
            if (withdrawAfterEscalation && actual.FirstOrDefault(a => EscalationReason(a) is not null)?.SuggestedActions?.Actions?.FirstOrDefault() is { } withdraw)
            {
                using var withdrawn = await client.PostActivityAsync(TestActivities.Message(conversation, (string)withdraw.Value, locale));
                Assert.Equal(System.Net.HttpStatusCode.OK, withdrawn.StatusCode);
            }
        }

        return turns;
    }

    private static Activity AsRecorded(Activity reply)
    {
        reply.From = new ChannelAccount("bot", "SupportBot", RoleTypes.Bot);
        reply.Conversation = null;
        reply.Recipient = null;
        reply.ServiceUrl = null;
        reply.Id = null;
        reply.ReplyToId = null;
        return reply;
    }

    // Transcripts recorded with the dialogs' placeholder escalation: the host's ticket service words the ticket part
    // its own way (ESC- number, hours), so an escalation message is compared by its reason paragraph and entity.
    private static string? ReasonOnly(Activity activity) =>
        ReplayMasks.Apply(EscalationReason(activity) is null ? activity.Text : activity.Text?.Split("\n\n")[0]);

    // A host recording is compared whole: text after the masks, buttons, outcome and rule, escalation reason.
    private static string Comparable(Activity activity) =>
        $"{ReplayMasks.Apply(activity.Text)} [{string.Join(", ", activity.SuggestedActions?.Actions?.Select(a => a.Title) ?? [])}] {Outcome(activity)} {EscalationReason(activity)}";

    private static string? EscalationReason(Activity activity) =>
        activity.Entities?.FirstOrDefault(e => e.Type == OutcomeEntities.EscalationType)?.Properties["reason"]?.ToString();

    private static string Outcome(Activity activity)
    {
        var entity = activity.Entities?.FirstOrDefault(e => e.Type == OutcomeEntities.OutcomeType);
        return entity is null ? "-" : $"{entity.Properties["outcome"]} {entity.Properties["ruleId"]}";
    }
}
