using SupportBot.Bot.AgentConsole.Desk;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using SupportBot.Bot.AgentConsole.Pages;
using SupportBot.Bot.Escalation.Live;
using SupportBot.Bot.Escalation.Metrics;
using SupportBot.Bot.Escalation.Tickets;

namespace SupportBot.Bot.AgentConsole.Api;

/// <summary>
/// /agent/api: tickets as JSON, live events (Server-Sent Events fed by this process's signals and by the store, so
/// several instances work), and the agent's actions. Signed-in agents only (401 otherwise); POSTs need the
/// antiforgery header the console pages carry.
/// </summary>
public static class AgentApiEndpoints
{
    private const int MaxMessageLength = 2_000;
    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);
    private static readonly TimeSpan StorePoll = TimeSpan.FromSeconds(1);

    public static IEndpointRouteBuilder MapAgentApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(AgentAuthentication.ApiPath)
            .RequireAuthorization(AgentAuthentication.Policy)
            .DisableAntiforgery()
            .AddEndpointFilter(RequireAntiforgeryOnPost);
        api.MapGet("/tickets", ListAsync);
        api.MapGet("/tickets/{number:long}", GetAsync);
        api.MapGet("/tickets/{number:long}/events", TicketEventsAsync);
        api.MapGet("/queue/events", QueueEventsAsync);
        api.MapPost("/tickets/{number:long}/takeover", TakeOverAsync);
        api.MapPost("/tickets/{number:long}/messages", SendAsync);
        api.MapPost("/tickets/{number:long}/resolve", ResolveAsync);
        api.MapPost("/tickets/{number:long}/notes", NoteAsync);
        api.MapPost("/tickets/{number:long}/transfer", TransferAsync);
        api.MapGet("/figures", FiguresAsync);
        return endpoints;
    }

    private static async ValueTask<object?> RequireAntiforgeryOnPost(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method)
            && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return Results.Problem("Missing or invalid antiforgery token.", statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }

    private static async Task<IResult> ListAsync(IEscalationStore store, [FromQuery] string? reason, [FromQuery] string? state, [FromQuery] int? max, CancellationToken cancellationToken)
    {
        var tickets = await store.ListAsync(string.IsNullOrEmpty(reason) ? null : reason, ConsoleForms.ParseState(state), Math.Clamp(max ?? 100, 1, 500), cancellationToken);
        return ConsoleJson.Result(tickets);
    }

    private static async Task<IResult> GetAsync(long number, IEscalationStore store, CancellationToken cancellationToken)
    {
        var ticket = await store.GetAsync(number, cancellationToken);
        if (ticket is null)
        {
            return Results.NotFound();
        }

        var messages = await store.ReadMessagesAsync(number, 0, cancellationToken);
        return ConsoleJson.Result(new { ticket, messages });
    }

    private static async Task<IResult> TakeOverAsync(long number, HttpContext http, AgentDesk desk, CancellationToken cancellationToken) =>
        ToResult(await desk.TakeOverAsync(number, AgentConsoleEndpoints.AgentName(http.User), cancellationToken));

    private static async Task<IResult> SendAsync(long number, SendMessageRequest request, HttpContext http, AgentDesk desk, CancellationToken cancellationToken)
    {
        if (Text(request) is not { } text)
        {
            return TextRefused();
        }

        var user = http.User;
        return ToResult(await desk.SendAsync(number, AgentConsoleEndpoints.AgentName(user), AgentConsoleEndpoints.AgentDisplayName(user), text, cancellationToken));
    }

    private static async Task<IResult> ResolveAsync(long number, HttpContext http, AgentDesk desk, CancellationToken cancellationToken)
    {
        // The body is optional (older consoles post none); a disposition, when given, must be one the console offers.
        ResolveRequest? request = null;
        using (var reader = new StreamReader(http.Request.Body))
        {
            var body = await reader.ReadToEndAsync(cancellationToken);
            if (!string.IsNullOrWhiteSpace(body))
            {
                try
                {
                    request = System.Text.Json.JsonSerializer.Deserialize<ResolveRequest>(body, WebJson);
                }
                catch (System.Text.Json.JsonException)
                {
                    return Results.Problem("The body must be JSON: {\"disposition\": \"...\"}.", statusCode: StatusCodes.Status400BadRequest);
                }
            }
        }

        var disposition = string.IsNullOrEmpty(request?.Disposition) ? null : request.Disposition;
        if (disposition is not null && !Dispositions.IsKnown(disposition))
        {
            return Results.Problem($"Unknown disposition; one of {string.Join(", ", Dispositions.All)}.", statusCode: StatusCodes.Status400BadRequest);
        }

        return ToResult(await desk.ResolveAsync(number, AgentConsoleEndpoints.AgentName(http.User), disposition, cancellationToken));
    }

    // A chat message or a note: trimmed, 1 to MaxMessageLength characters, else null.
    private static string? Text(SendMessageRequest request) =>
        request.Text?.Trim() is { Length: > 0 and <= MaxMessageLength } text ? text : null;

    private static IResult TextRefused() =>
        Results.Problem($"Text must have 1 to {MaxMessageLength} characters.", statusCode: StatusCodes.Status400BadRequest);

    private static async Task<IResult> NoteAsync(long number, SendMessageRequest request, HttpContext http, AgentDesk desk, CancellationToken cancellationToken)
    {
        if (Text(request) is not { } text)
        {
            return TextRefused();
        }

        return ToResult(await desk.AddNoteAsync(number, AgentConsoleEndpoints.AgentName(http.User), text, cancellationToken));
    }

    private static async Task<IResult> TransferAsync(long number, TransferRequest request, HttpContext http, AgentDesk desk, Accounts.AgentDirectory directory, CancellationToken cancellationToken)
    {
        if (directory.Canonical(request.To) is not { } to)
        {
            return Results.Problem("No agent with that user name.", statusCode: StatusCodes.Status400BadRequest);
        }

        return ToResult(await desk.TransferAsync(number, AgentConsoleEndpoints.AgentName(http.User), to, cancellationToken));
    }

    private static async Task<IResult> FiguresAsync(IEscalationFiguresQuery figures, TimeProvider clock, [FromQuery] int? days, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow();
        var since = until.AddDays(-Math.Clamp(days ?? 7, 1, 366));
        return ConsoleJson.Result(await figures.QueryAsync(since, until, cancellationToken));
    }

    /// <summary>Chat messages ("chat") after the given sequence and the ticket's state ("ticket") whenever it changes.</summary>
    private static async Task TicketEventsAsync(long number, [FromQuery] long? after, HttpContext http, IEscalationStore store, TicketSignals signals)
    {
        var cancellationToken = http.RequestAborted;
        if (await store.GetAsync(number, cancellationToken) is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        StartEventStream(http);
        var last = after ?? 0;
        string? lastState = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                // Listen before reading, so a change between the read and the wait is not missed.
                var changed = signals.WaitAsync(number, StorePoll, cancellationToken);
                foreach (var message in await store.ReadMessagesAsync(number, last, cancellationToken))
                {
                    await WriteEventAsync(http, "chat", ConsoleJson.Serialize(message), cancellationToken);
                    last = message.Sequence;
                }

                var ticket = await store.GetAsync(number, cancellationToken);
                var state = ticket is null ? null : ConsoleJson.Serialize(new { state = ticket.State, ticket.AssignedTo, ticket.Resolution });
                if (state is not null && state != lastState)
                {
                    await WriteEventAsync(http, "ticket", state, cancellationToken);
                    lastState = state;
                }

                await http.Response.Body.FlushAsync(cancellationToken);
                await changed;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The agent closed the page.
        }
    }

    /// <summary>"changed" whenever a ticket is created or changes state (the queue page reloads).</summary>
    private static async Task QueueEventsAsync(HttpContext http, IEscalationStore store, TicketSignals signals)
    {
        var cancellationToken = http.RequestAborted;
        StartEventStream(http);
        string? last = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var changed = signals.WaitAsync(TicketSignals.Queue, StorePoll, cancellationToken);
                var tickets = await store.ListAsync(null, null, 50, cancellationToken);
                var fingerprint = string.Join(',', tickets.Select(t => $"{t.Number}:{t.State}:{t.AssignedTo}"));
                if (last is not null && fingerprint != last)
                {
                    await WriteEventAsync(http, "changed", "{}", cancellationToken);
                }

                last = fingerprint;
                await http.Response.Body.FlushAsync(cancellationToken);
                await changed;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The agent closed the page.
        }
    }

    private static void StartEventStream(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
    }

    private static Task WriteEventAsync(HttpContext http, string name, string json, CancellationToken cancellationToken) =>
        http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"event: {name}\ndata: {json}\n\n"), cancellationToken).AsTask();

    private static IResult ToResult(DeskResult result) => result switch
    {
        DeskResult.Done => Results.NoContent(),
        DeskResult.NotFound => Results.NotFound(),
        _ => Results.Conflict(),
    };
}
