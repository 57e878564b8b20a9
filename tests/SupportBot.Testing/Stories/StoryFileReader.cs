using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SupportBot.Testing.Stories;

/// <summary>Reads writers' story files (the format writers are briefed with, in bench/stories/README.md).</summary>
public static class StoryFileReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    /// <summary>Every story of every *.yaml file in <paramref name="directory"/>, in file then story order.</summary>
    public static IReadOnlyList<Story> ReadDirectory(string directory) =>
        Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal).SelectMany(f => Read(f).Stories).ToList();

    public static StoryFile Read(string path)
    {
        var raw = Yaml.Deserialize<RawFile>(File.ReadAllText(path)) ?? throw new InvalidDataException(path + " is empty");
        var writer = raw.Writer ?? Path.GetFileNameWithoutExtension(path);
        var stories = (raw.Stories ?? []).Select((s, i) => new Story(
            s.Id ?? $"{writer}-{i + 1:00}",
            writer,
            s.Locale ?? "ja-JP",
            s.Situation ?? "",
            (s.Turns ?? []).Select(t => new StoryTurn(
                t.Say ?? throw new InvalidDataException($"{path}: {s.Id} has a turn without say"),
                t.Acts ?? [],
                t.Expect is null
                    ? StoryExpectation.None
                    : new StoryExpectation(
                        t.Expect.Outcome,
                        t.Expect.NeverAsk ?? [],
                        t.Expect.MentionsAny ?? [],
                        t.Expect.MentionsNone ?? [],
                        t.Expect.OffersPerson ?? false,
                        t.Expect.DeclinesTopic ?? false))).ToList())).ToList();
        return new StoryFile(writer, raw.Persona ?? "", stories);
    }

    private sealed class RawFile
    {
        public string? Writer { get; set; }

        public string? Persona { get; set; }

        public List<RawStory>? Stories { get; set; }
    }

    private sealed class RawStory
    {
        public string? Id { get; set; }

        public string? Locale { get; set; }

        public string? Situation { get; set; }

        public List<RawTurn>? Turns { get; set; }
    }

    private sealed class RawTurn
    {
        public string? Say { get; set; }

        public List<string>? Acts { get; set; }

        public RawExpect? Expect { get; set; }
    }

    private sealed class RawExpect
    {
        public string? Outcome { get; set; }

        public List<string>? NeverAsk { get; set; }

        public List<string>? MentionsAny { get; set; }

        public List<string>? MentionsNone { get; set; }

        public bool? OffersPerson { get; set; }

        public bool? DeclinesTopic { get; set; }
    }
}
