using Microsoft.Extensions.Options;
using SupportBot.Understanding.Clu;

namespace SupportBot.Dialogs.Tests.Recognition.Clu;

internal static class CluTestOptions
{
    public const string Key = "test-key-123";

    /// <summary>Options pointing at the fake server, with short delays so retry tests stay fast.</summary>
    public static CluOptions For(string endpoint, Action<CluOptions>? configure = null)
    {
        var options = new CluOptions
        {
            HostName = endpoint,
            ApiKey = Key,
            ProjectName = "SupportBot",
            DeploymentName = "production",
            TimeoutMilliseconds = 60_000,   // only catches a hang: a loaded CI machine must not turn a success into a time-out
            MaxRetries = 2,
            RetryDelayMilliseconds = 20,
            MaxRetryDelayMilliseconds = 50,
        };
        configure?.Invoke(options);
        return options;
    }

    public static CluClient Client(string endpoint, Action<CluOptions>? configure = null, TimeProvider? time = null) =>
        new(Options.Create(For(endpoint, configure)), time);
}
