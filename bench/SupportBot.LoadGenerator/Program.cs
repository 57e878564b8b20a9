using System.Collections.Concurrent;
using SupportBot.LoadGenerator;
using SupportBot.LoadGenerator.Reporting;
using SupportBot.LoadGenerator.Running;
using SupportBot.LoadGenerator.Scenarios;
using SupportBot.LoadGenerator.Targets;

// dotnet build -c Release SupportBot.sln && dotnet run -c Release --no-build --project bench/SupportBot.LoadGenerator -- [options]
// 1. the bare echo bot, 2. SupportBot over /api/messages (expectReplies), 3. SupportBot over Direct Line,
// 4. stored state per conversation, 5. SupportBot's memory over a fixed number of conversations.
var options = LoadOptions.Parse(args);
var root = RepositoryRoot();
string Dll(string project, string name) => Path.Combine(root, project, "bin", options.Configuration, "net10.0", name + ".dll");
const string secret = "load-generator-secret-0123456789abcdef";
var quiet = new Dictionary<string, string>
{
    ["DOTNET_ENVIRONMENT"] = "Production",
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["Logging__LogLevel__Default"] = "Warning",
};
var ours = new Dictionary<string, string>(quiet)
{
    ["SUPPORTBOT_ROOT"] = root,
    ["Storage__Provider"] = "Sqlite",
    // Production settings without an Azure app: the load generator posts as the Emulator, from this machine.
    ["BotHost__AllowAnonymousOutsideDevelopment"] = "true",
    ["DirectLine__Secret"] = secret,
    ["DirectLine__TokenSigningKey"] = "load-generator-signing-key-0123456789abcdef",
    // Every simulated customer comes from 127.0.0.1: one address standing for thousands of customers would hit the
    // per-address limit within a minute. The limiter still runs (and costs what it costs); it just never refuses.
    ["RateLimits__PerAddressPerMinute"] = "100000000",
    ["RateLimits__DirectLinePerAddressPerMinute"] = "100000000",
    // A simulated customer answers at once instead of reading: flat out, one conversation makes more calls than a person.
    ["RateLimits__PerTokenPerMinute"] = "100000000",
};
IReadOnlyDictionary<string, string> OurData(string data) => new Dictionary<string, string>
{
    ["Storage__SqlitePath"] = Path.Combine(data, "supportbot.db"),
    ["DirectLine__SigningKeyPath"] = Path.Combine(data, "directline-signing.key"),
};

if (options.SoakMinutes > 0)
{
    // Production limits stay on here, but every simulated customer shares 127.0.0.1, so the address limit is lifted as above.
    Console.WriteLine($"SupportBot soak {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {options.Customers} customers (half Direct Line, half /api/messages), {options.SoakMinutes} minutes");
    using var soakStop = new CancellationTokenSource(TimeSpan.FromMinutes(options.SoakMinutes + 5));
    await using var soakHost = await HostProcess.StartAsync(Dll("bot", "SupportBot.Bot"), ours, OurData);
    using var soakHttp = Client(soakHost);
    var soak = new SupportBot.LoadGenerator.Soak.SoakRun(
        new DirectLineTarget(soakHttp, secret),
        new MessagesTarget(soakHttp, "SupportBot /api/messages (expectReplies)"),
        options.Customers,
        soakHost,
        Path.Combine(soakHost.DataDirectory, "supportbot.db"));
    var minutes = await soak.RunAsync(options.SoakMinutes, m => Console.WriteLine($"  minute {m.Minute}: {m.Turns} turns, p99 {m.P99Ms:F1} ms, {m.Errors} errors, {m.ResidentMiB:F0} MiB, db {m.DatabaseBytes / 1048576.0:F1} MiB"), soakStop.Token);
    Console.WriteLine();
    Console.WriteLine(SupportBot.LoadGenerator.Soak.SoakRun.Table(minutes));
    return minutes.Sum(m => m.Errors) == 0 ? 0 : 1;
}

Console.WriteLine($"SupportBot load benchmark {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {options.Customers} customers, warm-up {options.WarmUp.TotalSeconds} s, {options.Duration.TotalSeconds} s per target ({options.Configuration})");
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(30));   // bounded whatever happens
var runs = new List<RunResult>();

async Task<RunResult> MeasureAsync(IBotTarget target, IReadOnlyList<Scenario> scenarios, HostProcess host)
{
    await new LoadRunner(target, scenarios, options.Customers).RunAsync(options.WarmUp, null, host.ResidentMiB, stop.Token);
    var result = await new LoadRunner(target, scenarios, options.Customers) { HostCpu = host.CpuTime }.RunAsync(options.Duration, null, host.ResidentMiB, stop.Token);
    Console.WriteLine($"  {target.Name}: {result.TurnsPerSecond:F0} turns/s, p99 {result.Percentile(99):F1} ms, {result.Errors} errors");
    return result;
}

HttpClient Client(HostProcess host) => new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

RunResult echo;
await using (var echoHost = await HostProcess.StartAsync(Dll("bench/SupportBot.EchoBot", "SupportBot.EchoBot"), quiet))
{
    using var http = Client(echoHost);
    echo = await MeasureAsync(new MessagesTarget(http, "echo bot /api/messages (expectReplies)"), ScenarioCatalog.Echo, echoHost);
    runs.Add(echo);
}

var states = new List<StateSize>();
await using (var host = await HostProcess.StartAsync(Dll("bot", "SupportBot.Bot"), ours, OurData))
{
    using var http = Client(host);
    var messages = new MessagesTarget(http, "SupportBot /api/messages (expectReplies)");
    runs.Add(await MeasureAsync(messages, ScenarioCatalog.Support, host));
    if (options.DirectLine)
    {
        runs.Add(await MeasureAsync(new DirectLineTarget(http, secret), ScenarioCatalog.Support, host));
    }

    var probe = new StateProbe(Path.Combine(host.DataDirectory, "supportbot.db"));
    foreach (var scenario in ScenarioCatalog.Support)
    {
        states.Add(await probe.MeasureAsync(messages, scenario, stop.Token));
    }
}

var samples = new ConcurrentQueue<MemorySample>();
RunResult? memoryRun = null;
if (options.MemoryConversations > 0)
{
    await using var host = await HostProcess.StartAsync(Dll("bot", "SupportBot.Bot"), ours, OurData);
    using var http = Client(host);
    var every = Math.Max(1, options.MemoryConversations / 40);
    IBotTarget memoryTarget = options.MemoryOverDirectLine
        ? new DirectLineTarget(http, secret)
        : new MessagesTarget(http, $"SupportBot /api/messages, {options.MemoryConversations} conversations");
    var runner = new LoadRunner(memoryTarget, ScenarioCatalog.Support, options.Customers)
    {
        HostCpu = host.CpuTime,
        ConversationFinished = n =>
        {
            if (n % every == 0 && host.ResidentMiB() is { } rss)
            {
                samples.Enqueue(new MemorySample(n, rss));
            }
        },
    };
    memoryRun = await runner.RunAsync(null, options.MemoryConversations, host.ResidentMiB, stop.Token);
}

Console.WriteLine();
Console.WriteLine(Report.Runs(memoryRun is null ? runs : [.. runs, memoryRun]));
Console.WriteLine(Report.Ratios(echo, runs.Skip(1)));
Console.WriteLine(Report.States(states));
Console.WriteLine(Report.Memory(samples.OrderBy(s => s.Conversations).ToList()));
return runs.Sum(r => r.Errors) + (memoryRun?.Errors ?? 0) == 0 ? 0 : 1;

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "SupportBot.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository (SupportBot.sln not found above the program).");
}
