using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.AgentConsole.Accounts;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Tests.Escalation.TestSupport;

/// <summary>
/// The real host in memory on its own SQLite file, with the Direct Line channel, one configured agent account
/// (known password) and, when asked, the demo order system.
/// </summary>
public sealed class EscalationHost : IAsyncDisposable
{
    public const string AgentUserName = "tanaka";
    public const string AgentPassword = "correct horse battery staple";
    public const string OtherAgentUserName = "suzuki";
    public const string DirectLineSecret = "test-secret-0123456789abcdef";

    // Hashed once with the fewest iterations the validator accepts, so tests stay fast.
    private static readonly string AgentHash = AgentPasswordHasher.Hash(AgentPassword, iterations: 10_000);

    private readonly SupportBotFactory _factory;
    private readonly bool _ownsFolder;

    public EscalationHost(bool demoOrders = false, IReadOnlyDictionary<string, string?>? extraSettings = null, string? folder = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? testServices = null)
    {
        // A given folder is shared with another host (a restart) and is left to its owner.
        _ownsFolder = folder is null;
        Folder = folder ?? Directory.CreateTempSubdirectory("supportbot-escalation-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = Path.Combine(Folder, "supportbot.db"),
            ["DirectLine:Secret"] = DirectLineSecret,
            ["DirectLine:TokenSigningKey"] = "test-signing-key-0123456789abcdef0123456789",
            ["DirectLine:SigningKeyPath"] = Path.Combine(Folder, "directline-signing.key"),
            ["DirectLine:StreamPollMilliseconds"] = "200",
            ["Agents:Accounts:0:UserName"] = AgentUserName,
            ["Agents:Accounts:0:PasswordHash"] = AgentHash,
            ["Agents:Accounts:0:DisplayName"] = "田中",
            ["Agents:Accounts:1:UserName"] = OtherAgentUserName,
            ["Agents:Accounts:1:PasswordHash"] = AgentHash,
        };
        if (demoOrders)
        {
            settings["Orders:Provider"] = "Demo";
            settings["Orders:DemoDatabasePath"] = Path.Combine(Folder, "demo-orders.db");
        }

        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        _factory = new SupportBotFactory { Settings = settings, TestServices = testServices };
    }

    public string Folder { get; }

    public SupportBotFactory Factory => _factory;

    public IEscalationStore Store => _factory.Services.GetRequiredService<IEscalationStore>();

    public KnowledgeSnapshot Knowledge => _factory.Services.GetRequiredService<IKnowledgeBase>().Current;

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (!_ownsFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
