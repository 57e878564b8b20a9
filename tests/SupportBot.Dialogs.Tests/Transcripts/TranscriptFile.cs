using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Testing.Hosting;

namespace SupportBot.Dialogs.Tests.Transcripts;

/// <summary>A recorded conversation in the Bot Framework Emulator's .transcript format: a JSON array of activities.</summary>
internal static class TranscriptFile
{
    public static string Directory { get; } =
        Path.Combine(RepositoryRoot.Path, "tests", "SupportBot.Dialogs.Tests", "Transcripts");

    public static IReadOnlyList<string> Names =>
        [.. System.IO.Directory.GetFiles(Directory, "*.transcript").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static IReadOnlyList<Activity> Read(string name) =>
        JsonConvert.DeserializeObject<List<Activity>>(File.ReadAllText(Path.Combine(Directory, name)))
            ?? throw new InvalidDataException(name + " is not a JSON array of activities.");

    public static bool IsFromUser(Activity activity) =>
        string.Equals(activity.From?.Role, RoleTypes.User, StringComparison.OrdinalIgnoreCase);

    public static bool IsFromBot(Activity activity) =>
        string.Equals(activity.From?.Role, RoleTypes.Bot, StringComparison.OrdinalIgnoreCase);
}
