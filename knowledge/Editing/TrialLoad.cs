namespace SupportBot.Knowledge;

/// <summary>
/// Loads a content directory as it would be with some files' texts replaced, in a temporary copy: a lead's pasted
/// file, or an example about to be written, is checked against the running contract before anything changes.
/// </summary>
public static class TrialLoad
{
    public static KnowledgeLoadResult With(string contentDirectory, IReadOnlyDictionary<string, string> replaced)
    {
        ArgumentNullException.ThrowIfNull(contentDirectory);
        ArgumentNullException.ThrowIfNull(replaced);
        var trial = Directory.CreateTempSubdirectory("supportbot-trial-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(contentDirectory, "*.yaml"))
            {
                File.Copy(file, Path.Combine(trial, Path.GetFileName(file)));
            }

            foreach (var (name, text) in replaced)
            {
                File.WriteAllText(Path.Combine(trial, Path.GetFileName(name)), text);
            }

            var result = KnowledgeLoader.Load(trial);
            // Errors name the trial copy; the lead knows the files by their own names.
            var errors = result.Errors.Select(e => e with { File = Path.GetFileName(e.File) }).ToList();
            return result with { Errors = errors };
        }
        finally
        {
            Directory.Delete(trial, recursive: true);
        }
    }
}
