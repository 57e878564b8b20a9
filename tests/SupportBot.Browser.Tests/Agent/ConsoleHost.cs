using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupportBot.Browser.Tests.WebChat;
using SupportBot.Knowledge;
using SupportBot.Testing.Hosting;

namespace SupportBot.Browser.Tests.Agent;

/// <summary>
/// A bot process with no agent accounts configured (so it prints its development account, which the agent signs in
/// with) and one headless Chromium for both the customer's Web Chat page and the agent's console.
/// </summary>
public sealed partial class ConsoleHost : IAsyncLifetime
{
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("supportbot-console-").FullName;
    private IPlaywright? _playwright;

    public BotProcess Bot { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public KnowledgeSnapshot Knowledge { get; } = LoadKnowledge();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumHost.ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumHost.ChromiumPath} is missing: run scripts/test.sh (it installs chromium and fonts-noto-cjk).");
        }

        Bot = await BotProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Storage__SqlitePath"] = Path.Combine(_folder, "supportbot.db"),
            ["DirectLine__SigningKeyPath"] = Path.Combine(_folder, "directline-signing.key"),
        });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumHost.ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
            Timeout = 60_000,
        });
    }

    /// <summary>The development account's password, as the bot printed it at start-up.</summary>
    public string DevelopmentPassword()
    {
        var match = PrintedPassword().Match(Bot.Output);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("The bot did not print a development agent account:\n" + Bot.Output);
    }

    public async Task<IPage> NewPageAsync(string locale, string path)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1100, Height = 1300 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(new Uri(Bot.BaseAddress, path).ToString());
        return page;
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

    [GeneratedRegex(@"as agent with password (\S+) \(generated")]
    private static partial Regex PrintedPassword();
}
