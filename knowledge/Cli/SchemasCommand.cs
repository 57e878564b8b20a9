using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Cli;

/// <summary>schemas: writes the code's contract (every message key and its placeholders) into knowledge/schemas for editors.</summary>
internal static class SchemasCommand
{
    public static int Run(CliText text, TextWriter output)
    {
        var path = Path.GetFullPath(Path.Combine(KnowledgeDirectoryLocator.Resolve(null), "..", "schemas", "messages.schema.json"));
        File.WriteAllText(path, SchemaContract.Messages(File.ReadAllText(path)));
        output.WriteLine(text.Get($"スキーマに約束（メッセージのキー）を書き込みました: {path}", $"Wrote the contract (message keys) into: {path}"));
        return CliApp.Ok;
    }
}
