using Microsoft.AspNetCore.Mvc;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.DirectLine.Tokens;

namespace SupportBot.Bot.DirectLine.Endpoints;

/// <summary>GET and POST /v3/directline/conversations/{id}/activities: polling with a watermark, and sending.</summary>
public static class ActivityEndpoints
{
    public static RouteGroupBuilder MapDirectLineActivities(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/conversations/{conversationId}/activities", GetAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostAsync);
        return group;
    }

    private static async Task<IResult> GetAsync(
        HttpContext http,
        string conversationId,
        [FromQuery] string? watermark,
        [FromServices] DirectLineAuthenticator authenticator,
        [FromServices] DirectLineActivityFeed feed,
        [FromServices] ILogger<DirectLineActivityFeed> logger)
    {
        var (_, refusal) = DirectLineAccess.Check(http.Request, authenticator, conversationId, logger);
        if (refusal is not null)
        {
            return refusal;
        }

        var after = ActivitySet.ParseWatermark(watermark);
        var activities = await feed.ReadAfterAsync(conversationId, after, http.RequestAborted);
        return Results.Text(ActivitySet.Json(activities, after), "application/json; charset=utf-8");
    }

    private static async Task<IResult> PostAsync(
        HttpContext http,
        string conversationId,
        [FromServices] DirectLineAuthenticator authenticator,
        [FromServices] PostedActivityReader reader,
        [FromServices] IncomingActivityProcessor processor,
        [FromServices] ILogger<DirectLineActivityFeed> logger)
    {
        var (caller, refusal) = DirectLineAccess.Check(http.Request, authenticator, conversationId, logger);
        if (refusal is not null)
        {
            return refusal;
        }

        var (activity, unreadable) = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (activity is null)
        {
            return DirectLineResults.Error(unreadable!, logger);
        }

        // The customer's message is processed even if the browser goes away mid-turn.
        var id = await processor.ProcessAsync(conversationId, activity, caller!, DirectLineServiceUrl.For(http.Request), CancellationToken.None);
        return id switch
        {
            null => DirectLineResults.Error(StatusCodes.Status400BadRequest, "The activity has no 'from.id'.", logger),
            IncomingActivityProcessor.ConversationFull => DirectLineResults.Error(StatusCodes.Status429TooManyRequests, "This conversation has reached its size limit; start a new conversation.", logger),
            _ => Results.Json(new { id }),
        };
    }
}
