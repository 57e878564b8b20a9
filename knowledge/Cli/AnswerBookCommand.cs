namespace SupportBot.Knowledge.Cli;

/// <summary>answer-book: writes every answer the bot can give, each line with its source, as one HTML page.</summary>
internal static class AnswerBookCommand
{
    /// <summary>Where the committed book lives, beside the content it is made from.</summary>
    public static string DefaultPath(string contentDirectory) => Path.Combine(contentDirectory, "..", "answer-book.html");

    public static int Run(string? directory, string? outputPath, CliText text, TextWriter output, TextWriter error)
    {
        var resolved = directory ?? KnowledgeDirectoryLocator.Resolve(null);
        var snapshot = CliApp.Load(resolved, error);
        if (snapshot is null)
        {
            return CliApp.Invalid;
        }

        var path = Path.GetFullPath(outputPath ?? DefaultPath(resolved));
        File.WriteAllText(path, AnswerBook.Html(snapshot));
        output.WriteLine(text.Get($"回答ブックを書き出しました: {path}", $"Wrote the answer book: {path}"));
        return CliApp.Ok;
    }
}
