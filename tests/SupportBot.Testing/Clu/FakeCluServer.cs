using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SupportBot.Testing.Clu;

/// <summary>
/// The Azure AI Language runtime on loopback, playing back scripted answers in order (the last one repeats),
/// and recording what it was sent. Point CluAPIHostName at <see cref="Endpoint"/>.
/// </summary>
public sealed class FakeCluServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<CluScriptedResponse> _script = new();
    private readonly ConcurrentQueue<CluReceivedRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private CluScriptedResponse _last = CluScriptedResponse.Json(500, """{"error":{"code":"NoScript","message":"nothing scripted"}}""");

    private FakeCluServer(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = string.Empty;

    public IReadOnlyCollection<CluReceivedRequest> Requests => _requests;

    public static async Task<FakeCluServer> StartAsync(params CluScriptedResponse[] script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeCluServer(app);
        server.Script(script);
        app.Run(server.AnswerAsync);
        await app.StartAsync().ConfigureAwait(false);
        var addresses = app.Services.GetService(typeof(IServer)) is IServer s
            ? s.Features.Get<IServerAddressesFeature>()!.Addresses
            : throw new InvalidOperationException("No server address.");
        server.Endpoint = addresses.First().TrimEnd('/');
        return server;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived; only a hang ends it otherwise.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        using var hang = new CancellationTokenSource(Time.Patience.Hang);
        while (_requests.Count < count)
        {
            await Task.Delay(10, hang.Token).ConfigureAwait(false);
        }
    }

    /// <summary>Queues answers for the next requests, in order.</summary>
    public void Script(params CluScriptedResponse[] responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        _requests.Enqueue(new CluReceivedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers["Ocp-Apim-Subscription-Key"].FirstOrDefault(),
            context.Request.ContentType ?? string.Empty,
            body,
            DateTimeOffset.UtcNow));

        var response = _script.TryDequeue(out var next) ? _last = next : _last;
        if (response.Delay > TimeSpan.Zero)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                await Task.Delay(response.Delay, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (response.Status == 0)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
