using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Testing.Transcripts;

namespace SupportBot.Dialogs.Tests.Transcripts;

/// <summary>
/// Replays every recorded conversation (*.transcript) against the bot: each customer activity is sent again and
/// the bot's messages must match the recorded ones in order: text, buttons, outcome and rule, escalation reason.
/// Ids, timestamps, ticket numbers and the knowledge version are ignored; trace activities are skipped.
/// </summary>
public sealed partial class TranscriptReplayTests
{
    public static TheoryData<string> Transcripts
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in TranscriptFile.Names)
            {
                data.Add(name);
            }

            return data;
        }
    }

    [Fact]
    public void There_are_recorded_transcripts() => Assert.True(TranscriptFile.Names.Count >= 4);

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Recorded_conversation_replays_the_same(string transcript)
    {
        var recorded = TranscriptFile.Read(transcript);
        var turns = new List<(Activity Customer, List<Activity> Bot)>();
        foreach (var activity in recorded)
        {
            if (TranscriptFile.IsFromUser(activity))
            {
                turns.Add((activity, []));
            }
            else if (TranscriptFile.IsFromBot(activity) && activity.Type == ActivityTypes.Message && turns.Count > 0)
            {
                turns[^1].Bot.Add(activity);
            }
        }

        Assert.True(turns.Count > 1, transcript + " has no customer turns.");
        var bot = new TranscriptBot(turns[0].Customer.ChannelId ?? "emulator", turns[0].Customer.Conversation?.Id ?? transcript);
        var rerecorded = new List<Activity>();
        for (var turn = 0; turn < turns.Count; turn++)
        {
            var (customer, expected) = turns[turn];
            var actual = (await bot.SendAsync(ForReplay(customer))).Where(r => r.Type == ActivityTypes.Message).ToList();
            rerecorded.Add(customer);
            rerecorded.AddRange(actual.Select(AsRecorded));
            if (!TranscriptFile.Recording)
            {
                Compare($"{transcript}, customer turn {turn + 1} (\"{customer.Text ?? customer.Type}\")", expected, actual);
            }
        }

        if (TranscriptFile.Recording)
        {
            TranscriptFile.Write(transcript, rerecorded);
        }
    }

    private static void Compare(string where, List<Activity> recorded, List<Activity> actual)
    {
        Assert.True(
            recorded.Count == actual.Count,
            $"{where}: recorded {recorded.Count} bot messages, the bot sent {actual.Count}:\n" + string.Join("\n---\n", actual.Select(a => a.Text)));
        for (var i = 0; i < recorded.Count; i++)
        {
            var message = $"{where}, bot message {i + 1}";
            Assert.True(Mask(recorded[i].Text) == Mask(actual[i].Text), $"{message}: expected\n{recorded[i].Text}\nbut got\n{actual[i].Text}");
            Assert.True(Titles(recorded[i]) == Titles(actual[i]), $"{message}: buttons {Titles(recorded[i])} expected, got {Titles(actual[i])}");
            Assert.True(
                Entity(recorded[i], OutcomeEntities.OutcomeType, "outcome", "ruleId") == Entity(actual[i], OutcomeEntities.OutcomeType, "outcome", "ruleId"),
                $"{message}: outcome {Entity(recorded[i], OutcomeEntities.OutcomeType, "outcome", "ruleId")} expected, got {Entity(actual[i], OutcomeEntities.OutcomeType, "outcome", "ruleId")}");
            Assert.True(
                Entity(recorded[i], OutcomeEntities.EscalationType, "reason") == Entity(actual[i], OutcomeEntities.EscalationType, "reason"),
                $"{message}: escalation {Entity(recorded[i], OutcomeEntities.EscalationType, "reason")} expected, got {Entity(actual[i], OutcomeEntities.EscalationType, "reason")}");
        }
    }

    /// <summary>A bot reply as the Emulator saves it: the roles and names it shows.</summary>
    private static Activity AsRecorded(Activity reply)
    {
        reply.From = new ChannelAccount("bot", "SupportBot", RoleTypes.Bot);
        reply.Recipient = new ChannelAccount("user", "User", RoleTypes.User);
        return reply;
    }

    /// <summary>The customer's activity as the Emulator would send it again: same type, text, locale and members.</summary>
    private static Activity ForReplay(Activity recorded) => new()
    {
        Type = recorded.Type,
        Text = recorded.Text,
        Locale = recorded.Locale,
        MembersAdded = recorded.MembersAdded,
        Value = recorded.Value,
    };

    private static string? Mask(string? text) => SupportBot.Testing.Transcripts.ReplayMasks.Apply(text);

    private static string Titles(Activity activity) =>
        string.Join(" | ", activity.SuggestedActions?.Actions?.Select(a => a.Title) ?? []);

    private static string Entity(Activity activity, string type, params string[] properties)
    {
        var entity = activity.Entities?.FirstOrDefault(e => e.Type == type);
        return entity is null ? "-" : string.Join(" ", properties.Select(p => (string?)entity.Properties[p]));
    }

}
