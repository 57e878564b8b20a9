using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SupportBot.Bot.Tests.Escalation.TestSupport;

/// <summary>A webhook receiver on loopback that records each POST and answers with the next planned status (then 200).</summary>
public sealed class FakeWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _plan;

    private FakeWebhookReceiver(WebApplication app, IEnumerable<int> plan)
    {
        _app = app;
        _plan = new ConcurrentQueue<int>(plan);
    }

    public string Url { get; private set; } = string.Empty;

    public ConcurrentQueue<(byte[] Body, string? Signature)> Received { get; } = new();

    /// <summary>The X-SupportBot-Signature-Timed header of each request, in the order received.</summary>
    public ConcurrentQueue<string?> TimedSignatures { get; } = new();

    public static async Task<FakeWebhookReceiver> StartAsync(params int[] plan)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new FakeWebhookReceiver(app, plan);
        app.MapPost("/hooks/escalations", (Delegate)receiver.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/hooks/escalations";
        return receiver;
    }

    /// <summary>A URL on loopback where nothing listens (the port was just released).</summary>
    public static string UnreachableUrl()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/hooks/escalations";
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        TimedSignatures.Enqueue(context.Request.Headers["X-SupportBot-Signature-Timed"].FirstOrDefault());
        Received.Enqueue((buffer.ToArray(), context.Request.Headers["X-SupportBot-Signature"].FirstOrDefault()));
        return Results.StatusCode(_plan.TryDequeue(out var status) ? status : StatusCodes.Status200OK);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
