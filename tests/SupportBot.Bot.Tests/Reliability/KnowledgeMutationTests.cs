using CsCheck;
using SupportBot.Knowledge;
using SupportBot.Testing.Hosting;
using Xunit.Abstractions;

namespace SupportBot.Bot.Tests.Reliability;

/// <summary>
/// Generated damage to a knowledge file (cut lines, duplicated lines, inserted garbage, tabs, truncation) gives
/// validation errors with a file and position, or a valid load; the loader never throws.
/// </summary>
public sealed class KnowledgeMutationTests(ITestOutputHelper output) : IDisposable
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _root = CopyKnowledge();

    private string Content => Path.Combine(_root, "content");

    private enum Damage
    {
        DeleteLine,
        DuplicateLine,
        InsertText,
        Truncate,
        IndentWithTab,
        SwapLines,
    }

    [Fact]
    public void A_damaged_knowledge_file_gives_errors_with_positions_never_an_exception()
    {
        var files = Directory.GetFiles(Content, "*.yaml").Order(StringComparer.Ordinal).ToArray();
        var originals = files.ToDictionary(f => f, File.ReadAllText);
        var damages = Gen.Select(Gen.Enum<Damage>(), Gen.Double[0, 1], Gen.Double[0, 1], HostileValues.Text, (d, at, other, text) => (d, at, other, text));

        Gen.Select(Gen.Int[0, files.Length - 1], damages.Array[1, 3], (file, list) => (file, list))
            .Sample(sample =>
            {
                var (index, list) = sample;
                var file = files[index];
                var lines = originals[file].Split('\n').ToList();
                foreach (var (damage, at, other, text) in list)
                {
                    Apply(lines, damage, (int)(at * (lines.Count - 1)), (int)(other * (lines.Count - 1)), text);
                }

                // Lone surrogates become U+FFFD on disk, as any editor would write them.
                File.WriteAllText(file, string.Join('\n', lines), Utf8);
                try
                {
                    var result = KnowledgeLoader.Load(Content);
                    Assert.True(result.Succeeded || result.Errors.Count > 0);
                    Assert.All(result.Errors, e =>
                    {
                        Assert.False(string.IsNullOrWhiteSpace(e.File));
                        Assert.True(e.Line >= 1 && e.Column >= 1, e.ToString());
                        Assert.False(string.IsNullOrWhiteSpace(e.Ja) || string.IsNullOrWhiteSpace(e.En), e.ToString());
                    });
                }
                finally
                {
                    File.WriteAllText(file, originals[file]);
                }
            }, iter: 100, threads: 1, writeLine: output.WriteLine);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void Apply(List<string> lines, Damage damage, int at, int other, string text)
    {
        switch (damage)
        {
            case Damage.DeleteLine when lines.Count > 1:
                lines.RemoveAt(at);
                break;
            case Damage.DuplicateLine:
                lines.Insert(at, lines[at]);
                break;
            case Damage.InsertText:
                var line = lines[at];
                var position = Math.Min(line.Length, other % (line.Length + 1));
                lines[at] = line[..position] + text + line[position..];
                break;
            case Damage.Truncate:
                lines.RemoveRange(at, lines.Count - at);
                lines.Add(string.Empty);
                break;
            case Damage.IndentWithTab:
                lines[at] = "\t" + lines[at];
                break;
            case Damage.SwapLines:
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
        }
    }

    private static string CopyKnowledge()
    {
        var target = Directory.CreateTempSubdirectory("supportbot-knowledge-fuzz-").FullName;
        foreach (var folder in new[] { "content", "schemas" })
        {
            Directory.CreateDirectory(Path.Combine(target, folder));
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "knowledge", folder)))
            {
                File.Copy(file, Path.Combine(target, folder, Path.GetFileName(file)));
            }
        }

        return target;
    }
}
