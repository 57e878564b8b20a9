using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Tests.Hosting;

namespace SupportBot.Bot.Tests.DirectLine.TestSupport;

/// <summary>
/// The real host in memory with the Direct Line channel on its own SQLite file, a known secret and signing key.
/// Two hosts made from one <see cref="DirectLineHost"/>'s folder behave like a restart (or a second instance).
/// </summary>
public sealed class DirectLineHost : IAsyncDisposable
{
    public const string Secret = "test-secret-0123456789abcdef";
    public const string SigningKey = "test-signing-key-0123456789abcdef0123456789";

    private readonly List<SupportBotFactory> _factories = [];

    public DirectLineHost() => Folder = Directory.CreateTempSubdirectory("supportbot-directline-").FullName;

    public string Folder { get; }

    public IReadOnlyDictionary<string, string?> ExtraSettings { get; init; } = new Dictionary<string, string?>();

    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>A (new) host on this folder's database.</summary>
    public SupportBotFactory Start()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = Path.Combine(Folder, "supportbot.db"),
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:TokenSigningKey"] = SigningKey,
            ["DirectLine:SigningKeyPath"] = Path.Combine(Folder, "directline-signing.key"),
            ["DirectLine:StreamPollMilliseconds"] = "200",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        var factory = new SupportBotFactory { Settings = settings, TestServices = TestServices };
        _factories.Add(factory);
        return factory;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
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
