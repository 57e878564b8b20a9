using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Microsoft.Playwright;
using Newtonsoft.Json;
using SupportBot.Browser.Tests.WebChat;
using SupportBot.Knowledge;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Hosting;

namespace SupportBot.Browser.Tests.Analytics;

/// <summary>
/// A bot process with a few finished conversations in its store (posted to /api/messages as the Emulator would), its
/// development agent account (printed at start), and headless Debian Chromium.
/// </summary>
public sealed partial class AnalyticsHost : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supportbot-analytics-").FullName;
    private IPlaywright? _playwright;

    public BotProcess Bot { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string AgentPassword { get; private set; } = string.Empty;

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
        AgentPassword = DevelopmentPassword().Match(Bot.Output).Groups[1].Value;
        if (AgentPassword.Length == 0)
        {
            throw new InvalidOperationException("The bot did not print its development agent account.");
        }

        await HoldConversationsAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumHost.ChromiumPath,
            Headless = true,
            Args = ChromiumHost.ChromiumFlags,
            Timeout = 60_000,
        });
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

    private async Task HoldConversationsAsync()
    {
        var result = KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Path, "knowledge", "content"));
        var knowledge = result.Snapshot ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
        string Ja(string key) => knowledge.Text(key, "ja");
        string[] toOutcome = ["注文をキャンセルしたい", "250-1234567-1234567", Ja("stage.button.not_shipped"), Ja("seller.button.store"), Ja("payment.button.credit_card")];

        using var client = new HttpClient { BaseAddress = Bot.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        string[][] conversations =
        [
            [.. toOutcome, Ja("common.yes")],
            [.. toOutcome, Ja("common.yes")],
            [.. toOutcome, Ja("common.no")],
            ["人と話したい"],
            ["注文をキャンセルしたい", "250-1234567-1234567"],
            ["ぜんぜん関係ない話です"],
            ["ぜんぜん関係ない話です", "ほげほげ"],
        ];
        foreach (var texts in conversations)
        {
            var id = "browser-analytics-" + Guid.NewGuid().ToString("N");
            await PostAsync(client, TestActivities.ConversationUpdate(id));
            foreach (var text in texts)
            {
                await PostAsync(client, TestActivities.Message(id, text));
            }
        }
    }

    private static async Task PostAsync(HttpClient client, Activity activity)
    {
        using var body = new StringContent(JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), body);
        response.EnsureSuccessStatusCode();
    }

    [GeneratedRegex(@"with password (\S+) \(generated")]
    private static partial Regex DevelopmentPassword();
}
