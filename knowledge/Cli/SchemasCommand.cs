using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Cli;

/// <summary>schemas: writes the code's contract (message keys with placeholders, ids picked by name) into knowledge/schemas for editors.</summary>
internal static class SchemasCommand
{
    public static int Run(CliText text, TextWriter output)
    {
        var folder = Path.GetFullPath(Path.Combine(KnowledgeDirectoryLocator.Resolve(null), "..", "schemas"));
        foreach (var (file, write) in SchemaContract.Writers)
        {
            var path = Path.Combine(folder, file);
            File.WriteAllText(path, write(File.ReadAllText(path)));
            output.WriteLine(text.Get($"スキーマに約束（キーと id）を書き込みました: {path}", $"Wrote the contract (keys and ids) into: {path}"));
        }

        return CliApp.Ok;
    }
}
