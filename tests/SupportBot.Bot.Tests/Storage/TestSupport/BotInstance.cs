using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Turns;
using SupportBot.Bot.Turns.Recovery;

namespace SupportBot.Bot.Tests.Storage.TestSupport;

/// <summary>
/// One bot "process" in miniature: the services from <see cref="StorageServiceCollectionExtensions.AddSupportBotStorage"/> and
/// <see cref="TurnRecordsServiceCollectionExtensions.AddTurnRecords"/>,
/// their middleware, conversation state and <see cref="StepBot"/>. Two instances on one database behave like two processes.
/// </summary>
internal sealed class BotInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly StepBot _bot;

    public BotInstance(TestDatabase database)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = database.Provider.ToString(),
            ["Storage:SqlitePath"] = database.Provider == StorageProvider.Sqlite ? database.Location : "unused",
            ["Storage:PostgresConnectionString"] = database.Provider == StorageProvider.Postgres ? database.Location : null,
            ["Storage:TranscriptRetentionDays"] = "30",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment());
        services.AddSingleton<IStateResetResponder>(Responder);
        services.AddSupportBotStorage(configuration);
        services.AddTurnRecords();
        foreach (var contribution in BotSchema.Contributions)
        {
            services.AddSchema(contribution);
        }

        // The storage stages of the host's turn pipeline (Pipeline/TurnPipeline.cs), in its order.
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, SupportBot.Bot.Turns.Ordering.TurnOrderingMiddleware>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, SupportBot.Bot.Turns.Transcripts.TranscriptMiddleware>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, SupportBot.Bot.Turns.Recovery.StateRecoveryMiddleware>();
        services.AddSingleton<ConversationState>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        foreach (var middleware in _services.GetRequiredService<IEnumerable<Microsoft.Bot.Builder.IMiddleware>>())
        {
            Adapter.Use(middleware);
        }

        _bot = new StepBot(_services.GetRequiredService<ConversationState>());
    }

    public PipelineAdapter Adapter { get; } = new();

    public RecordingResetResponder Responder { get; } = new();

    public IServiceProvider Services => _services;

    public StorageDatabase Database => _services.GetRequiredService<StorageDatabase>();

    public Task SendAsync(string conversationId, long step, string? activityId = null) =>
        Adapter.ProcessAsync(Message(conversationId, step.ToString(System.Globalization.CultureInfo.InvariantCulture), activityId), _bot.OnTurnAsync);

    public Task SendTextAsync(string conversationId, string text, string? activityId = null) =>
        Adapter.ProcessAsync(Message(conversationId, text, activityId), _bot.OnTurnAsync);

    public async Task<List<long>> StepsAsync(string conversationId)
    {
        var storage = _services.GetRequiredService<IStorage>();
        var key = StateKey(conversationId);
        var items = await storage.ReadAsync([key]);
        return items.TryGetValue(key, out var value) && value is IDictionary<string, object> state && state.TryGetValue("Steps", out var steps)
            ? ((System.Collections.IEnumerable)steps).Cast<object>().Select(s => Convert.ToInt64(s, System.Globalization.CultureInfo.InvariantCulture)).ToList()
            : [];
    }

    public static string StateKey(string conversationId) => $"test/conversations/{conversationId}";

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static Activity Message(string conversationId, string text, string? activityId) => new()
    {
        Type = ActivityTypes.Message,
        Id = activityId ?? Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        ServiceUrl = "http://127.0.0.1/",
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount("user-1", "Customer"),
        Recipient = new ChannelAccount("bot", "SupportBot"),
        Text = text,
        Locale = "ja-JP",
    };

    private sealed class TestHostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "SupportBot.Bot.Tests";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
