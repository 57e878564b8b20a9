namespace SupportBot.Knowledge.Cli;

/// <summary>The support leads' tool: validate, what-if, coverage, diff, answer-book. Exit codes: 0 ok, 1 invalid content, 2 usage error.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int Usage = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(args);
        var lang = parsed.Option("lang") ?? LocalizedText.Japanese;
        var text = new CliText(LocalizedText.IsEnglish(lang));
        if (parsed.Error is not null || parsed.Positional.Count == 0 || parsed.Flag("help") || lang is not ("ja" or "en"))
        {
            if (parsed.Error is not null)
            {
                error.WriteLine(text.Get($"値がありません: {parsed.Error}", $"Missing value for {parsed.Error}"));
            }

            error.WriteLine(text.Usage);
            return parsed.Flag("help") && parsed.Error is null ? Ok : Usage;
        }

        var command = parsed.Positional[0];
        var rest = parsed.Positional.Skip(1).ToList();
        return command switch
        {
            "validate" => ValidateCommand.Run(rest.FirstOrDefault() ?? parsed.Option("dir"), text, output, error),
            "what-if" => WhatIfCommand.Run(parsed, lang, text, output, error),
            "coverage" => CoverageCommand.Run(rest.FirstOrDefault() ?? parsed.Option("dir"), lang, text, output, error),
            "diff" when rest.Count == 2 => DiffCommand.Run(rest[0], rest[1], lang, text, output, error),
            "schemas" => SchemasCommand.Run(text, output),
            "answer-book" => AnswerBookCommand.Run(parsed.Option("dir"), parsed.Option("out"), text, output, error),
            _ => UsageError(text, error, command),
        };
    }

    /// <summary>Loads the directory (default: the repository's content) and prints its errors when it is invalid.</summary>
    internal static KnowledgeSnapshot? Load(string? directory, TextWriter error)
    {
        var result = KnowledgeLoader.Load(directory ?? KnowledgeDirectoryLocator.Resolve(null));
        foreach (var e in result.Errors)
        {
            error.WriteLine(e);
        }

        return result.Snapshot;
    }

    private static int UsageError(CliText text, TextWriter error, string command)
    {
        error.WriteLine(text.Get($"不明なコマンドまたは引数です: {command}", $"Unknown command or arguments: {command}"));
        error.WriteLine(text.Usage);
        return Usage;
    }
}
