using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SupportBot.Bot.Tests.Hosting;

/// <summary>The real host in memory, with settings and services a test may override.</summary>
public sealed class SupportBotFactory : WebApplicationFactory<Program>
{
    private readonly string _sqliteDirectory = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N"));

    public SupportBotFactory()
    {
        // Many hosts run side by side here: each appsettings reload watcher costs an inotify instance (128 per user
        // on Linux, shared with every other process), so tests read configuration once and never watch it.
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }

    /// <summary>Configuration keys that override appsettings.json for this host.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The host environment; Development unless a test is about another.</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>Service registrations applied after the host's own.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // Each in-memory host gets its own SQLite file, not the repository's data/supportbot.db.
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_sqliteDirectory, "supportbot.db"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_sqliteDirectory))
        {
            Directory.Delete(_sqliteDirectory, recursive: true);
        }
    }
}
