using SupportBot.Bot.Activities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Turns;
using SupportBot.Bot.Hosting.Requests;

namespace SupportBot.Bot.BotFrameworkEndpoint;

/// <summary>POST /api/messages: the Bot Framework protocol (Emulator, Azure Bot Service), including expectReplies.</summary>
public static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(
        HttpContext http,
        [FromServices] ActivityRequestReader reader,
        [FromServices] SupportAdapter adapter,
        [FromServices] IBot bot,
        [FromServices] ILogger<ActivityRequestReader> logger,
        [FromServices] DoorNotice notice)
    {
        var (request, error) = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (error is not null)
        {
            MessagesLog.Refused(logger, error.StatusCode, error.Reason);
            if (error.TellInChat is { } refused)
            {
                await notice.TellAsync(refused, reader.AnonymousChannels, http.RequestAborted);
            }

            await WriteErrorAsync(http.Response, error);
            return;
        }

        // Exceptions inside the turn are the turn error handler's; one that escapes before the turn began
        // came from authenticating the request.
        var turnStarted = false;
        Task RunTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            turnStarted = true;
            return bot.OnTurnAsync(turnContext, cancellationToken);
        }

        InvokeResponse? response;
        try
        {
            response = await adapter.ProcessIncomingActivityAsync(request!.AuthorizationHeader, request.Activity, RunTurnAsync, http.RequestAborted);
        }
        catch (Exception ex) when (!turnStarted && IsAuthenticationFailure(ex))
        {
            MessagesLog.Unauthenticated(logger, request!.Activity.Conversation.Id, ex);
            await WriteErrorAsync(http.Response, new Refusal(StatusCodes.Status401Unauthorized, "The request is not authenticated with a valid Bot Framework token."));
            return;
        }
        catch (Exception ex) when (!turnStarted && IsUnreachableDependency(ex))
        {
            // Every request fails the same way until the network is back: said once with what to fix, then quietly.
            if (Interlocked.Exchange(ref _unreachableLogged, 1) == 0)
            {
                MessagesLog.TokenServiceUnreachable(logger, ex);
            }
            else
            {
                MessagesLog.TokenServiceStillUnreachable(logger);
            }

            http.Response.Headers.RetryAfter = "30";
            await WriteErrorAsync(http.Response, new Refusal(StatusCodes.Status503ServiceUnavailable, "The Bot Framework token service could not be reached; try again."));
            return;
        }

        await WriteResponseAsync(http.Response, response);
    }

    private static int _unreachableLogged;

    // The OpenID metadata fetch wraps the network failure (IDX20803 "Unable to obtain configuration").
    private static bool IsUnreachableDependency(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or System.Net.Sockets.SocketException or IOException or TimeoutException
                || (e is InvalidOperationException && e.Message.Contains("IDX20803", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAuthenticationFailure(Exception ex) =>
        ex is UnauthorizedAccessException or ArgumentException or FormatException
            or Microsoft.IdentityModel.Tokens.SecurityTokenException;

    private static async Task WriteResponseAsync(HttpResponse http, InvokeResponse? response)
    {
        if (response is null)
        {
            http.StatusCode = StatusCodes.Status200OK;
            return;
        }

        http.StatusCode = response.Status;
        if (response.Body is not null)
        {
            http.ContentType = "application/json; charset=utf-8";
            await http.WriteAsync(ActivityJson.Serialize(response.Body));
        }
    }

    private static Task WriteErrorAsync(HttpResponse http, Refusal error)
    {
        http.StatusCode = error.StatusCode;
        return http.WriteAsJsonAsync(new { status = error.StatusCode, error = error.Reason });
    }
}
