using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupportBot.Knowledge;
using SupportBot.Testing.Hosting;

namespace SupportBot.Browser.Tests.Hosting;

/// <summary>
/// One bot process (its own SQLite file and signing key in a temp folder, a free loopback port) and one headless
/// Debian Chromium, shared by a test class; each test opens its own browser context.
/// </summary>
public abstract partial class BotAndBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // The flags verified with Web Chat in DIRECTLINE-CONTRACT.md; no network beyond loopback, no first-run work.
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("supportbot-browser-").FullName;
    private IPlaywright? _playwright;

    public BotProcess Bot { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public KnowledgeSnapshot Knowledge { get; } = LoadKnowledge();

    private static string ScreenshotFolder => Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    /// <summary>Where the screenshot <paramref name="name"/> goes (artifacts/screenshots/name.png), the folder made.</summary>
    public static string ScreenshotPath(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        return Path.Combine(ScreenshotFolder, name + ".png");
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/test.sh (it installs chromium and fonts-noto-cjk) or apt-get install chromium fonts-noto-cjk.");
        }

        var settings = new Dictionary<string, string?>
        {
            ["Storage__SqlitePath"] = Path.Combine(_folder, "supportbot.db"),
            ["DirectLine__SigningKeyPath"] = Path.Combine(_folder, "directline-signing.key"),
            ["Agents__DevelopmentPasswordFile"] = Path.Combine(_folder, "agent-password.txt"),
        };
        foreach (var (name, value) in ExtraSettings(_folder))
        {
            settings[name] = value;
        }

        Bot = await BotProcess.StartAsync(settings);
        await OnBotStartedAsync();
        // Playwright's expectations wait 5 s by default, which a loaded CI machine can use up before a page has
        // connected: they return as soon as the element shows, so the limit only needs to catch a hang.
        Assertions.SetDefaultExpectTimeout((float)SupportBot.Testing.Time.Patience.Hang.TotalMilliseconds);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
            Timeout = 60_000,
        });
    }

    /// <summary>The development agent account's password: the bot's stderr is not a terminal here, so it is in the password file.</summary>
    public string DevelopmentPassword()
    {
        var file = Path.Combine(_folder, "agent-password.txt");
        return File.Exists(file) && !PrintedPassword().IsMatch(Bot.Output)
            ? File.ReadAllText(file).Trim()
            : throw new InvalidOperationException("The bot did not keep its development password to a private file:\n" + Bot.Output);
    }

    public async Task DisposeAsync()
    {
        await OnDisposingAsync();
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>More environment for the bot process, given the fixture's temp folder (e.g. a knowledge copy to edit).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings(string folder) => new Dictionary<string, string?>();

    /// <summary>What a fixture does with the running bot before the browser starts (e.g. seed conversations).</summary>
    protected virtual Task OnBotStartedAsync() => Task.CompletedTask;

    /// <summary>What a fixture stops before the browser and the bot do (e.g. a client it started).</summary>
    protected virtual Task OnDisposingAsync() => Task.CompletedTask;

    private static KnowledgeSnapshot LoadKnowledge()
    {
        var result = KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Path, "knowledge", "content"));
        return result.Succeeded ? result.Snapshot! : throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    [GeneratedRegex(@"as agent with password (\S+) \(generated")]
    private static partial Regex PrintedPassword();
}
