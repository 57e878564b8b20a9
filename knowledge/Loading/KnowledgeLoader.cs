using System.Security.Cryptography;
using System.Text;
using SupportBot.Knowledge.Loading;
using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge;

/// <summary>Loads and validates a content directory without DI: the CLI, the tests and the reloading service use it.</summary>
public static class KnowledgeLoader
{
    /// <summary>Reads every *.yaml in <paramref name="directory"/>; returns a snapshot, or every error found.</summary>
    public static KnowledgeLoadResult Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var errors = new List<KnowledgeError>();
        var full = Path.GetFullPath(directory);
        var display = DisplayPath(full);
        if (!Directory.Exists(full))
        {
            var message = ValidationMessages.NoDirectory(display);
            return new KnowledgeLoadResult(null, [new KnowledgeError(display, 1, 1, message.Ja, message.En)]);
        }

        var files = new List<SourceFile>();
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in Directory.GetFiles(full, "*.yaml").Order(StringComparer.Ordinal))
        {
            string text;
            try
            {
                text = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (IOException ex)
            {
                var message = ValidationMessages.UnreadableFile(ex.Message);
                errors.Add(new KnowledgeError(DisplayPath(path), 1, 1, message.Ja, message.En));
                continue;
            }

            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(path) + "\n" + text + "\n"));
            if (SourceFileReader.Read(path, DisplayPath(path), text, errors) is { } file)
            {
                files.Add(file);
            }
        }

        if (errors.Count > 0)
        {
            return new KnowledgeLoadResult(null, errors);
        }

        var contentHash = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        var snapshot = KnowledgeCompiler.Compile(files, display, contentHash, errors);
        return new KnowledgeLoadResult(errors.Count == 0 ? snapshot : null, errors);
    }

    /// <summary>Paths under the current directory are shown relative to it, as editors and terminals link them.</summary>
    internal static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
