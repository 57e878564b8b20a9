using System.ComponentModel.DataAnnotations;

namespace SupportBot.Knowledge;

/// <summary>Configuration section "Knowledge": where the content lives and how fast edits go live.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The content directory; a relative path resolves against the content root, then the repository root.</summary>
    [Required]
    public string Directory { get; set; } = KnowledgeDirectoryLocator.DefaultRelativeDirectory;

    /// <summary>
    /// Leads' examples from the console are written into the directory (on: one instance owning its folder); off where
    /// several instances share the folder or it is kept elsewhere: the console hands the change back as a patch.
    /// </summary>
    public bool ConsoleWritesExamples { get; set; } = true;

    /// <summary>Watch the files and reload on change (off: load once).</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>Use file-system change notifications (inotify); polling still runs beside them when enabled.</summary>
    public bool UseFileSystemEvents { get; set; } = true;

    /// <summary>Wait this long after the last change before reloading, so an editor's several writes count once.</summary>
    [Range(0, 5000)]
    public int DebounceMilliseconds { get; set; } = 100;

    /// <summary>Also compare file stamps this often, for file systems without change notifications; 0 turns polling off.</summary>
    [Range(0, 60000)]
    public int PollIntervalMilliseconds { get; set; } = 400;
}
