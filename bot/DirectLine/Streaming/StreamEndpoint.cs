using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.DirectLine.Tokens;

namespace SupportBot.Bot.DirectLine.Streaming;

/// <summary>
/// GET /v3/directline/conversations/{id}/stream as a WebSocket: every logged activity after the watermark, in
/// order, as text frames <c>{activities, watermark}</c>; then each new one as it is appended. The client's
/// frames (empty pings) are read only to notice when it goes away.
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
        [FromServices] ILogger<DirectLineActivityFeed> logger)
    {
        var (_, refusal) = DirectLineAccess.Check(http.Request, authenticator, conversationId, logger, allowQueryToken: true);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "The stream is a WebSocket.", logger);
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var receiving = ReceiveUntilClosedAsync(socket, closed);
        var frames = 0;
        metrics.Opened();
        try
        {
            var after = ActivitySet.ParseWatermark(watermark);
            while (socket.State == WebSocketState.Open && !closed.IsCancellationRequested)
            {
                var activities = await feed.WaitAfterAsync(conversationId, after, closed.Token).ConfigureAwait(false);
                var frame = Encoding.UTF8.GetBytes(ActivitySet.Json(activities, after));
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, closed.Token).ConfigureAwait(false);
                after = activities[^1].Sequence;
                frames++;
            }
        }
        catch (OperationCanceledException) when (closed.IsCancellationRequested)
        {
        }
        catch (WebSocketException ex)
        {
            DirectLineLog.StreamFailed(logger, conversationId, ex);
        }
        finally
        {
            await closed.CancelAsync().ConfigureAwait(false);
            await receiving.ConfigureAwait(false);
            metrics.Closed();
            DirectLineLog.StreamClosed(logger, conversationId, frames);
        }

        return Results.Empty;
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            await closed.CancelAsync().ConfigureAwait(false);
        }
    }
}
