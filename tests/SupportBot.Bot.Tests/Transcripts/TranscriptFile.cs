using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Testing.Hosting;

namespace SupportBot.Bot.Tests.Transcripts;

/// <summary>
/// A transcript saved by the Bot Framework Emulator (File → Save transcript): a JSON array of every activity of
/// the conversation. It is cut into steps: each user activity and the bot's messages and traces after it.
/// </summary>
public static class TranscriptFile
{
    public static string Folder => Path.Combine(RepositoryRoot.Path, "tests", "transcripts");

    public static IEnumerable<string> All() => Directory.EnumerateFiles(Folder, "*.transcript").Order(StringComparer.Ordinal);

    public static IReadOnlyList<TranscriptStep> Read(string path)
    {
        var activities = JsonConvert.DeserializeObject<List<Activity>>(File.ReadAllText(path), new JsonSerializerSettings { DateParseHandling = DateParseHandling.DateTimeOffset })
            ?? throw new InvalidDataException(path + " is not a JSON array of activities.");
        var steps = new List<(Activity User, List<Activity> Replies)>();
        foreach (var activity in activities)
        {
            if (IsFromUser(activity))
            {
                if (activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate)
                {
                    steps.Add((activity, []));
                }
            }
            else if (activity.Type is ActivityTypes.Message or ActivityTypes.Trace && steps.Count > 0)
            {
                steps[^1].Replies.Add(activity);
            }
        }

        return steps.Select(s => new TranscriptStep(s.User, s.Replies)).ToList();
    }

    // The Emulator marks roles; older transcripts only say who the recipient is.
    private static bool IsFromUser(Activity activity) =>
        activity.From?.Role is { } role ? role == RoleTypes.User : activity.Recipient?.Role == RoleTypes.Bot;
}
