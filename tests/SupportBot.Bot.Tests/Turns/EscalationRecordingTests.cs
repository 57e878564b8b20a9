using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Transcripts;

namespace SupportBot.Bot.Tests.Turns;

/// <summary>
/// A tester records an escalation through the real host (ticket number, queue line, hours line and all) and it replays
/// green, twice in a row, on hosts where other customers already wait: what changes run to run is masked by the one
/// list beside the transcripts (replay-masks.txt), nothing else.
/// </summary>
public sealed class EscalationRecordingTests
{
    private static readonly string[] Customer = ["担当者と話したい", "注文番号は250-1234567-1234567です。まだ届いていません"];

    [Fact]
    public async Task A_recorded_escalation_replays_the_same_twice_in_a_row()
    {
        List<Activity> recording;
        await using (var recorder = new SupportBotFactory())
        {
            recording = await ConverseAsync(recorder, othersWaiting: 0);
        }

        // Saved and read back as the Emulator saves a transcript (a JSON array of activities).
        var saved = JsonConvert.SerializeObject(recording, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
        var recorded = JsonConvert.DeserializeObject<List<Activity>>(saved)!;
        Assert.Contains(recorded, a => a.Text?.Contains("ESC-", StringComparison.Ordinal) == true);

        for (var replay = 1; replay <= 2; replay++)
        {
            await using var host = new SupportBotFactory();
            var replayed = await ConverseAsync(host, othersWaiting: replay);
            Assert.Equal(Comparable(recorded), Comparable(replayed));
            Assert.NotEqual(recorded.Select(a => a.Text), replayed.Select(a => a.Text));   // the raw texts did differ
        }
    }

    private static async Task<List<Activity>> ConverseAsync(SupportBotFactory host, int othersWaiting)
    {
        using var client = host.CreateClient();
        for (var other = 0; other < othersWaiting; other++)
        {
            using (await client.PostActivityAsync(TestActivities.Message("waiting-" + other, "担当者と話したい")))
            {
            }
        }

        var conversation = "recorded-" + Guid.NewGuid().ToString("N");
        var transcript = new List<Activity>();
        var said = new List<Activity> { TestActivities.ConversationUpdate(conversation) };
        said.AddRange(Customer.Select(text => TestActivities.Message(conversation, text)));
        foreach (var activity in said)
        {
            activity.From.Role = RoleTypes.User;
            transcript.Add(activity);
            using var response = await client.PostActivityAsync(activity);
            transcript.AddRange((await response.ReadRepliesAsync()).Where(r => r.Type == ActivityTypes.Message));
        }

        return transcript;
    }

    private static List<string> Comparable(IEnumerable<Activity> transcript) =>
    [
        .. transcript.Select(a => $"{a.From?.Role}: {ReplayMasks.Apply(a.Text)} [{string.Join(", ", a.SuggestedActions?.Actions?.Select(x => x.Title) ?? [])}]"),
    ];
}
