namespace SupportBot.Knowledge.Tests.TestSupport;

/// <summary>A private copy of the shipped content and schemas that a test may edit; deleted afterwards.</summary>
public sealed class TempKnowledge : IDisposable
{
    public TempKnowledge()
    {
        Root = Path.Combine(Path.GetTempPath(), "supportbot-knowledge-" + Guid.NewGuid().ToString("N"));
        ContentDirectory = Path.Combine(Root, "content");
        var shipped = ShippedContentDirectory;
        Copy(shipped, ContentDirectory, "*.yaml");
        Copy(Path.Combine(shipped, "..", "schemas"), Path.Combine(Root, "schemas"), "*.json");
    }

    /// <summary>The repository's knowledge/content, found from the test assembly's location.</summary>
    public static string ShippedContentDirectory { get; } = KnowledgeDirectoryLocator.Resolve(null);

    public string Root { get; }

    public string ContentDirectory { get; }

    public string PathOf(string file) => Path.Combine(ContentDirectory, file);

    public string Read(string file) => File.ReadAllText(PathOf(file));

    public void Write(string file, string text) => File.WriteAllText(PathOf(file), text);

    /// <summary>Replaces the first occurrence of <paramref name="find"/>; fails the test if it is not there.</summary>
    public string Replace(string file, string find, string replacement)
    {
        var text = Read(file);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{find}' not found in {file}");
        var edited = string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + find.Length));
        Write(file, edited);
        return edited;
    }

    /// <summary>The 1-based line on which <paramref name="needle"/> first appears in <paramref name="text"/>.</summary>
    public static int LineOf(string text, string needle, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{needle}' occurrence {occurrence} not found");
        }

        return text.AsSpan(0, index).Count('\n') + 1;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the directory for a moment; the temp folder is cleaned by the OS.
        }
    }

    private static void Copy(string from, string to, string pattern)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, pattern))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
