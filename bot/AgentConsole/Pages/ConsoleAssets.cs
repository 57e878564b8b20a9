using System.Reflection;

namespace SupportBot.Bot.AgentConsole.Pages;

/// <summary>The console's script and style sheet, embedded in the assembly and served only to signed-in agents.</summary>
public static class ConsoleAssets
{
    private static readonly Assembly Assembly = typeof(ConsoleAssets).Assembly;

    public static string Read(string fileName)
    {
        using var stream = Assembly.GetManifestResourceStream("SupportBot.Bot.AgentConsole.Pages.Assets." + fileName)
            ?? throw new FileNotFoundException("Embedded console asset missing.", fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
