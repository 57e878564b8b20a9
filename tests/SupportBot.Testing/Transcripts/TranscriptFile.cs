using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Testing.Hosting;

namespace SupportBot.Testing.Transcripts;

/// <summary>A recorded conversation in the Bot Framework Emulator's .transcript format: a JSON array of activities.</summary>
public static class TranscriptFile
{
    public static string Directory { get; } =
        Path.Combine(RepositoryRoot.Path, "tests", "SupportBot.Dialogs.Tests", "Transcripts");

    /// <summary>Recorded through the real host (its ticket service words escalations its own way): only the host replays them.</summary>
    public const string HostSuffix = ".host.transcript";

    /// <summary>The recordings both replays play (dialogs over a test adapter, and the host).</summary>
    public static IReadOnlyList<string> Names => All.Where(name => !name.EndsWith(HostSuffix, StringComparison.Ordinal)).ToList();

    /// <summary>The recordings made through the host.</summary>
    public static IReadOnlyList<string> HostNames => All.Where(name => name.EndsWith(HostSuffix, StringComparison.Ordinal)).ToList();

    private static IEnumerable<string> All =>
        System.IO.Directory.GetFiles(Directory, "*.transcript").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static IReadOnlyList<Activity> Read(string name) =>
        JsonConvert.DeserializeObject<List<Activity>>(File.ReadAllText(Path.Combine(Directory, name)))
            ?? throw new InvalidDataException(name + " is not a JSON array of activities.");

    /// <summary>
    /// Set SUPPORTBOT_RECORD_TRANSCRIPTS=1 to write the bot's current replies into every transcript instead of comparing
    /// (after an intended wording change); the customer's activities stay as recorded. Never set in CI.
    /// </summary>
    public static bool Recording { get; } = Environment.GetEnvironmentVariable("SUPPORTBOT_RECORD_TRANSCRIPTS") == "1";

    public static void Write(string name, IEnumerable<Activity> activities) =>
        File.WriteAllText(
            Path.Combine(Directory, name),
            JsonConvert.SerializeObject(activities, Formatting.Indented, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }) + "\n");

    public static bool IsFromUser(Activity activity) =>
        string.Equals(activity.From?.Role, RoleTypes.User, StringComparison.OrdinalIgnoreCase);

    public static bool IsFromBot(Activity activity) =>
        string.Equals(activity.From?.Role, RoleTypes.Bot, StringComparison.OrdinalIgnoreCase);
}
