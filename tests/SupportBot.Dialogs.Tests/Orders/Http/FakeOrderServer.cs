using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SupportBot.Dialogs.Tests.Orders.Http;

/// <summary>
/// A store's order system on loopback (free port) that answers each call with what the test sets in
/// <see cref="Respond"/>, and records the requests it received.
/// </summary>
internal sealed class FakeOrderServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOrderServer(WebApplication app) => _app = app;

    public string BaseAddress { get; private set; } = string.Empty;

    /// <summary>Answers a call; the default is 500 so that a test that forgets to set it cannot pass by accident.</summary>
    public Func<HttpContext, Task> Respond { get; set; } = context =>
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Task.CompletedTask;
    };

    public ConcurrentQueue<(string Method, string Target, string Body)> Requests { get; } = new();

    public static async Task<FakeOrderServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOrderServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = address.TrimEnd('/') + "/store-api";
        return server;
    }

    public static Func<HttpContext, Task> Json(int status, string json) => context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json, context.RequestAborted);
    };

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        // The raw request target, as sent: shows what the client escaped.
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;
        Requests.Enqueue((context.Request.Method, target, body));
        await Respond(context).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
