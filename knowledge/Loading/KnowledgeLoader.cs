using System.Security.Cryptography;
using System.Text;
using SupportBot.Knowledge.Loading;
using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge;

/// <summary>Loads and validates a content directory without DI: the CLI, the tests and the reloading service use it.</summary>
public static class KnowledgeLoader
{
    /// <summary>Reads every *.yaml in <paramref name="directory"/>; returns a snapshot, or every error found.</summary>
    public static KnowledgeLoadResult Load(string directory) => Load(directory, null);

    /// <summary>
    /// As <see cref="Load(string)"/>, but a file that is broken (or breaks the whole) is served from its text in
    /// <paramref name="lastGood"/> (file name → text), so one lead's bad edit never holds back another's good one.
    /// A good edit that only works with a broken file's new version waits with it, and the errors say which.
    /// </summary>
    public static KnowledgeLoadResult Load(string directory, IReadOnlyDictionary<string, string>? lastGood)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var full = Path.GetFullPath(directory);
        var display = DisplayPath(full);
        if (!Directory.Exists(full))
        {
            var message = ValidationMessages.NoDirectory(display);
            return new KnowledgeLoadResult(null, [new KnowledgeError(display, 1, 1, message.Ja, message.En)]);
        }

        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<KnowledgeError>();
        foreach (var path in Directory.GetFiles(full, "*.yaml").Order(StringComparer.Ordinal))
        {
            try
            {
                texts[Path.GetFileName(path)] = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (IOException ex)
            {
                var message = ValidationMessages.UnreadableFile(ex.Message);
                errors.Add(new KnowledgeError(DisplayPath(path), 1, 1, message.Ja, message.En));
            }
        }

        var heldBack = new List<string>();
        var reported = new List<KnowledgeError>(errors);
        var used = new SortedDictionary<string, string>(texts, StringComparer.Ordinal);
        // An unreadable file that was good before keeps its last good text.
        heldBack.AddRange(SwapToLastGood(lastGood, errors, used));

        if (errors.Count > 0 && heldBack.Count == 0)
        {
            return new KnowledgeLoadResult(null, errors);
        }

        // Each round, the files with errors go back to their last good text, until the whole builds or nothing is left
        // to swap. A file whose new version only fails once others went back needs their new versions: said so.
        var needs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        while (true)
        {
            var attempt = Attempt(full, display, used);
            if (attempt.Snapshot is not null)
            {
                reported.AddRange(heldBack.Select(name => HeldBackNotice(full, name, needs.GetValueOrDefault(name))));
                return new KnowledgeLoadResult(attempt.Snapshot, reported, heldBack, used);
            }

            reported.AddRange(attempt.Errors);
            var before = heldBack.ToList();
            var swap = SwapToLastGood(lastGood, attempt.Errors, used);
            if (swap.Count == 0)
            {
                return new KnowledgeLoadResult(null, reported.DistinctBy(e => e.ToString()).ToList(), heldBack, used);
            }

            foreach (var name in swap.Where(n => !heldBack.Contains(n)))
            {
                heldBack.Add(name);
                if (before.Count > 0)
                {
                    needs[name] = before;
                }
            }
        }
    }

    /// <summary>Paths under the current directory are shown relative to it, as editors and terminals link them.</summary>
    internal static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    private static (KnowledgeSnapshot? Snapshot, List<KnowledgeError> Errors) Attempt(string full, string display, IReadOnlyDictionary<string, string> texts)
    {
        var errors = new List<KnowledgeError>();
        var files = new List<SourceFile>();
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, text) in texts)
        {
            var path = Path.Combine(full, name);
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n" + text + "\n"));
            if (SourceFileReader.Read(path, DisplayPath(path), text, errors) is { } file)
            {
                files.Add(file);
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var contentHash = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        var snapshot = KnowledgeCompiler.Compile(files, display, contentHash, errors);
        return (errors.Count == 0 ? snapshot : null, errors);
    }

    /// <summary>
    /// Swaps each file named by <paramref name="errors"/> that has a last good text other than the one used back to it;
    /// returns the files swapped (none without last good texts).
    /// </summary>
    private static List<string> SwapToLastGood(IReadOnlyDictionary<string, string>? lastGood, IEnumerable<KnowledgeError> errors, SortedDictionary<string, string> used)
    {
        var swapped = new List<string>();
        if (lastGood is null)
        {
            return swapped;
        }

        foreach (var name in errors.Select(e => Path.GetFileName(e.File)).Distinct(StringComparer.Ordinal))
        {
            if (lastGood.TryGetValue(name, out var good) && (!used.TryGetValue(name, out var current) || current != good))
            {
                used[name] = good;
                swapped.Add(name);
            }
        }

        return swapped;
    }

    private static KnowledgeError HeldBackNotice(string full, string name, IReadOnlyList<string>? needs)
    {
        var message = needs is null ? ValidationMessages.HeldBack(name) : ValidationMessages.HeldBackForOthers(name, string.Join("、", needs));
        return new KnowledgeError(DisplayPath(Path.Combine(full, name)), 1, 1, message.Ja, message.En);
    }
}
