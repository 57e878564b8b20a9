using Microsoft.Playwright;
using SupportBot.Knowledge;
using SupportBot.Testing.Hosting;

namespace SupportBot.Browser.Tests.WebChat;

/// <summary>
/// One bot process (its own SQLite file and signing key, a free loopback port) and one headless Debian Chromium,
/// shared by the page tests; each test opens its own browser context (fresh storage, its own language).
/// </summary>
public sealed class ChromiumHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // The flags verified with Web Chat in DIRECTLINE-CONTRACT.md; no network beyond loopback, no first-run work.
    internal static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("supportbot-browser-").FullName;
    private IPlaywright? _playwright;

    public BotProcess Bot { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public KnowledgeSnapshot Knowledge { get; } = LoadKnowledge();

    public static string ScreenshotFolder => Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/test.sh (it installs chromium and fonts-noto-cjk) or apt-get install chromium fonts-noto-cjk.");
        }

        Bot = await BotProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Storage__SqlitePath"] = Path.Combine(_folder, "supportbot.db"),
            ["DirectLine__SigningKeyPath"] = Path.Combine(_folder, "directline-signing.key"),
        });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
            Timeout = 60_000,
        });
    }

    public async Task<WebChatPage> OpenAsync(string locale)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 900, Height = 1400 },
        });
        // Records whether Web Chat ever showed its typing indicator (it is gone once the reply arrives).
        await context.AddInitScriptAsync(WebChatPage.TypingRecorder);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(Bot.BaseAddress.ToString());
        return new WebChatPage(page, context);
    }

    public async Task DisposeAsync()
    {
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

    private static KnowledgeSnapshot LoadKnowledge()
    {
        var result = KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Path, "knowledge", "content"));
        return result.Succeeded ? result.Snapshot! : throw new InvalidOperationException(string.Join("; ", result.Errors));
    }
}
