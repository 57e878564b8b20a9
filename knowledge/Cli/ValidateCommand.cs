namespace SupportBot.Knowledge.Cli;

/// <summary>validate [DIR]: every error as file:line:column, exit 1 when there is any.</summary>
internal static class ValidateCommand
{
    public static int Run(string? directory, CliText text, TextWriter output, TextWriter error)
    {
        var dir = directory ?? KnowledgeDirectoryLocator.Resolve(null);
        var result = KnowledgeLoader.Load(dir);
        foreach (var e in result.Errors)
        {
            error.WriteLine(e);
        }

        if (result.Snapshot is null)
        {
            error.WriteLine(text.Get($"エラー {result.Errors.Count} 件。ボットは前の正しい版を使い続けます。", $"{result.Errors.Count} error(s). The bot keeps using the last good version."));
            return CliApp.Invalid;
        }

        output.WriteLine(text.Get($"OK: {dir} は正しい内容です（版 {result.Snapshot.Version}）", $"OK: {dir} is valid (version {result.Snapshot.Version})"));
        return CliApp.Ok;
    }
}
