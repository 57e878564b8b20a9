using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Microsoft.Bot.Schema;

namespace SupportBot.Testing.Channels;

/// <summary>
/// A channel on loopback that plays the Bot Framework Emulator's part: the bot POSTs its replies to
/// {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}, and this server records them.
/// </summary>
public sealed class FakeChannelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedReply> _replies = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private FakeChannelServer(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyCollection<ReceivedReply> Replies => _replies;

    public static async Task<FakeChannelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChannelServer(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", server.ReceiveAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", server.ReceiveAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetService(typeof(IServer)) is IServer s
            ? s.Features.Get<IServerAddressesFeature>()!.Addresses.First()
            : throw new InvalidOperationException("No server address.");
        server.ServiceUrl = address.TrimEnd('/') + "/";
        return server;
    }

    /// <summary>Waits until at least <paramref name="count"/> replies have arrived, or the time-out passes.</summary>
    public async Task<IReadOnlyList<ReceivedReply>> WaitForRepliesAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_replies.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left).ConfigureAwait(false))
            {
                break;
            }
        }

        return _replies.ToList();
    }

    private async Task<IResult> ReceiveAsync(HttpContext context, string conversationId, string? replyToId)
    {
        using var reader = new StreamReader(context.Request.Body);
        var json = await reader.ReadToEndAsync().ConfigureAwait(false);
        var activity = JsonConvert.DeserializeObject<Activity>(json)!;
        _replies.Enqueue(new ReceivedReply(conversationId, replyToId, activity, context.Request.Path));
        _arrived.Release();
        return Results.Ok(new ResourceResponse(Guid.NewGuid().ToString("N")));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _arrived.Dispose();
    }
}
