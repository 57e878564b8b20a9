using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.DirectLine.Streaming;
using SupportBot.Bot.DirectLine.Tokens;

namespace SupportBot.Bot.DirectLine.Endpoints;

/// <summary>
/// GET /v3/directline/conversations/{id}/stream as a WebSocket: every logged activity after the watermark, in
/// order, as text frames <c>{activities, watermark}</c>; then each new one as it is appended. The client's
/// frames (empty pings) are read only to notice when it goes away. A token's stream closes when the token expires
/// (close status 1008, "TokenExpired"; the client reconnects with its refreshed token).
/// </summary>
public static class StreamEndpoint
{
    public static RouteGroupBuilder MapDirectLineStream(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        return group;
    }

    private static async Task<IResult> StreamAsync(
        HttpContext http,
        string conversationId,
        [FromQuery] string? watermark,
        [FromServices] DirectLineAuthenticator authenticator,
        [FromServices] DirectLineActivityFeed feed,
        [FromServices] DirectLineMetrics metrics,
        [FromServices] StreamSlots slots,
        [FromServices] TimeProvider clock,
        [FromServices] ILogger<DirectLineActivityFeed> logger)
    {
        var (caller, refusal) = DirectLineAccess.Check(http.Request, authenticator, conversationId, logger, allowQueryToken: true);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "The stream is a WebSocket.", logger);
        }

        if (!slots.TryEnter(conversationId))
        {
            return DirectLineResults.Error(StatusCodes.Status429TooManyRequests, "Too many open streams for this conversation.", logger);
        }

        try
        {
            return await RunStreamAsync(http, conversationId, watermark, caller?.Token?.ExpiresAt, feed, metrics, clock, logger);
        }
        finally
        {
            slots.Leave(conversationId);
        }
    }

    private static async Task<IResult> RunStreamAsync(
        HttpContext http,
        string conversationId,
        string? watermark,
        DateTimeOffset? expiresAt,
        DirectLineActivityFeed feed,
        DirectLineMetrics metrics,
        TimeProvider clock,
        ILogger<DirectLineActivityFeed> logger)
    {
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        // The secret's streams have no expiry; a token's lives no longer than the token.
        using var expiry = expiresAt is { } end
            ? new CancellationTokenSource(Max(end - clock.GetUtcNow(), TimeSpan.Zero), clock)
            : new CancellationTokenSource();
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        // Sending stops at expiry; receiving goes on, so the close handshake can complete (cancelling a receive aborts).
        using var sending = CancellationTokenSource.CreateLinkedTokenSource(closed.Token, expiry.Token);
        var receiving = ReceiveUntilClosedAsync(socket, closed);
        var frames = 0;
        // Subscribed for the stream's life, so appends while a frame is sent are known without reading the log.
        using var follower = feed.Follow(conversationId);
        metrics.Opened();
        try
        {
            var after = ActivitySet.ParseWatermark(watermark);
            while (socket.State == WebSocketState.Open && !sending.IsCancellationRequested)
            {
                var activities = await follower.WaitAfterAsync(after, sending.Token);
                var frame = Encoding.UTF8.GetBytes(ActivitySet.Json(activities, after));
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, sending.Token);
                after = activities[^1].Sequence;
                frames++;
            }
        }
        catch (OperationCanceledException) when (sending.IsCancellationRequested)
        {
        }
        catch (WebSocketException ex)
        {
            DirectLineLog.StreamFailed(logger, conversationId, ex);
        }
        finally
        {
            if (expiry.IsCancellationRequested && !closed.IsCancellationRequested)
            {
                await CloseExpiredAsync(socket, receiving);
            }

            await closed.CancelAsync();
            await receiving;

            metrics.Closed();
            DirectLineLog.StreamClosed(logger, conversationId, frames);
        }

        return Results.Empty;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    // Sends the close frame and gives the client a moment to answer it before the socket is torn down.
    private static async Task CloseExpiredAsync(WebSocket socket, Task receiving)
    {
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, "TokenExpired", CancellationToken.None);
                await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None));
            }
        }
        catch (WebSocketException)
        {
            // The client is already gone.
        }
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    // Closed when the client answers the server's own close frame (token expiry).
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            await closed.CancelAsync();
        }
    }
}
