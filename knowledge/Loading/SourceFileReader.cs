using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SupportBot.Knowledge.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SupportBot.Knowledge.Loading;

/// <summary>Reads one YAML file: its kind and schema, keyboard mistakes, its YAML, `version:` first, then the schema check.</summary>
internal static partial class SourceFileReader
{
    public static SourceFile? Read(string path, string displayPath, string text, List<KnowledgeError> errors)
    {
        var fileErrors = new List<KnowledgeError>();
        var file = ReadCore(path, displayPath, text, fileErrors);
        errors.AddRange(fileErrors);
        return fileErrors.Count == 0 ? file : null;
    }

    private static SourceFile? ReadCore(string path, string displayPath, string text, List<KnowledgeError> errors)
    {
        KnowledgeError At(int line, int column, (string Ja, string En) message) => new(displayPath, line, column, message.Ja, message.En);

        // The kind comes from the file's name (messages.agents.yaml is messages); the schema is the one this tool was
        // built with, so a copied content folder validates the same. The line-1 comment is for editors; it is read only
        // for a file whose name is not a kind.
        var name = System.IO.Path.GetFileName(path);
        var fileKind = name.Split('.')[0];
        var schemaPath = BundledSchema(fileKind);
        if (schemaPath is null)
        {
            var schemaMatch = SchemaComment().Match(text);
            var schemaRef = schemaMatch.Success ? schemaMatch.Groups["ref"].Value : null;
            // A NUL or other character no path may hold (a damaged edit) is a missing schema, not an exception.
            if (schemaRef is null || schemaRef.IndexOfAny([.. System.IO.Path.GetInvalidPathChars(), '\0']) >= 0
                || !File.Exists(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, schemaRef)))
            {
                errors.Add(At(1, 1, ValidationMessages.UnknownFileKind(name, string.Join(", ", KnowledgeKinds.All.Select(k => k + ".yaml")))));
                return null;
            }

            schemaPath = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, schemaRef));
            fileKind = System.IO.Path.GetFileName(schemaPath).Replace(".schema.json", string.Empty, StringComparison.Ordinal);
        }

        var mistakes = KeyboardMistakes.Find(text).ToList();
        if (mistakes.Count > 0)
        {
            errors.AddRange(mistakes.Select(m => At(m.Line, m.Column, m.Message)));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var position = YamlToJson.Position(ex.Start);
            errors.Add(At(position.Line, position.Column, ValidationMessages.BrokenYaml(Detail(ex))));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this on some damaged flow sequences (seen from the mutation test, seed
            // 7XFmOmiVgyk3) without a position: the file is still reported, at its start, and never thrown.
            errors.Add(At(1, 1, ValidationMessages.BrokenYaml(ex.Message)));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(At(1, 1, ValidationMessages.EmptyFile()));
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode rootNode)
        {
            var position = YamlToJson.Position(stream.Documents[0].RootNode.Start);
            errors.Add(At(position.Line, position.Column, ValidationMessages.RootNotMapping()));
            return null;
        }

        var first = rootNode.Children.Keys.FirstOrDefault();
        if (first is not YamlScalarNode { Value: "version" })
        {
            var position = first is null ? SourcePosition.Start : YamlToJson.Position(first.Start);
            errors.Add(At(position.Line, position.Column, ValidationMessages.VersionNotFirst()));
        }

        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var duplicates = new List<(string Pointer, string Key)>();
        var root = YamlToJson.Convert(rootNode, string.Empty, positions, duplicates) ?? new JsonObject();
        var version = root["version"]?.ToString() ?? string.Empty;
        var file = new SourceFile(path, displayPath, fileKind, schemaPath, version, root, positions);
        foreach (var (pointer, key) in duplicates)
        {
            errors.Add(file.Error(pointer, ValidationMessages.DuplicateKey(key)));
        }

        SchemaValidator.Validate(SchemaValidator.Load(schemaPath), file, errors);
        return file;
    }

    /// <summary>The schema of a kind, as shipped with this tool (beside its assembly), else the repository's; null for no kind.</summary>
    internal static string? BundledSchema(string kind)
    {
        if (!KnowledgeKinds.All.Contains(kind))
        {
            return null;
        }

        foreach (var folder in new[] { System.IO.Path.Combine(AppContext.BaseDirectory, "schemas"), System.IO.Path.Combine(KnowledgeDirectoryLocator.Resolve(null), "..", "schemas") })
        {
            var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, kind + ".schema.json"));
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Detail(YamlException ex)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 40) - (...): "; the position is already in front of the message.
        var message = ex.InnerException?.Message ?? ex.Message;
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return index >= 0 ? message[(index + 3)..] : message;
    }

    [GeneratedRegex(@"\A(?:\uFEFF)?(?:[ \t]*\r?\n)*[ \t]*#[ \t]*yaml-language-server:[ \t]*\$schema=(?<ref>\S+)")]
    private static partial Regex SchemaComment();
}
