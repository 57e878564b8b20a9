using Microsoft.AspNetCore.Mvc;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.DirectLine.Conversations;
using SupportBot.Bot.DirectLine.Streaming;
using SupportBot.Bot.DirectLine.Tokens;

namespace SupportBot.Bot.DirectLine.Endpoints;

/// <summary>POST /v3/directline/conversations (start) and GET /v3/directline/conversations/{id} (reconnect).</summary>
public static class ConversationEndpoints
{
    public static RouteGroupBuilder MapDirectLineConversations(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        return group;
    }

    /// <summary>
    /// A token names its conversation and user; the secret starts a new conversation for the body's user
    /// (or a new one). Either way the bot greets once, and the answer carries a token for this conversation.
    /// </summary>
    private static async Task<IResult> StartAsync(
        HttpContext http,
        [FromServices] DirectLineAuthenticator authenticator,
        [FromServices] DirectLineTokenService tokens,
        [FromServices] PostedActivityReader limits,
        [FromServices] ConversationStarter starter,
        [FromServices] ILogger<ConversationStarter> logger)
    {
        var (caller, refusal) = DirectLineAccess.Check(http.Request, authenticator, conversationId: null, logger);
        if (refusal is not null)
        {
            return refusal;
        }

        var body = await JsonBody.ReadAsync(http.Request, limits.MaxRequestBytes, http.RequestAborted);
        if (body.Refusal is not null)
        {
            return DirectLineResults.Error(body.Refusal, logger);
        }

        var locale = body.StringAt("locale");
        IssuedToken issued;
        if (caller!.Token is { } token)
        {
            // Starting with a token keeps its chain: a start is not a way around the maximum lifetime.
            if (tokens.Refresh(token) is not { } renewed)
            {
                return DirectLineResults.ChainEnded(logger);
            }

            issued = renewed;
        }
        else
        {
            var requestedUser = body.StringAt("user", "id");
            issued = tokens.Issue(ConversationIds.NewConversationId(), string.IsNullOrWhiteSpace(requestedUser) ? ConversationIds.NewUserId() : requestedUser);
        }

        await starter.StartAsync(issued.Grant.ConversationId, issued.Grant.UserId, locale, DirectLineServiceUrl.For(http.Request), CancellationToken.None);
        var response = new ConversationResponse(issued.Grant.ConversationId, issued.Value, issued.ExpiresIn, StreamUrls.For(http.Request, issued.Grant.ConversationId, issued.Value, watermark: null));
        return Results.Json(response, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Reconnecting (a page reload, a dropped socket): a fresh stream URL from the watermark on; the token is kept.</summary>
    private static IResult Reconnect(
        HttpContext http,
        string conversationId,
        [FromQuery] string? watermark,
        [FromServices] DirectLineAuthenticator authenticator,
        [FromServices] DirectLineTokenService tokens,
        [FromServices] TimeProvider clock,
        [FromServices] ILogger<ConversationStarter> logger)
    {
        var (caller, refusal) = DirectLineAccess.Check(http.Request, authenticator, conversationId, logger);
        if (refusal is not null)
        {
            return refusal;
        }

        // The secret never goes into a URL: its holder gets a token for this conversation instead.
        string token;
        int expiresIn;
        if (caller!.Token is { } grant)
        {
            token = caller.TokenValue!;
            expiresIn = (int)Math.Max(0, (grant.ExpiresAt - clock.GetUtcNow()).TotalSeconds);
        }
        else
        {
            var issued = tokens.Issue(conversationId, string.Empty);
            (token, expiresIn) = (issued.Value, issued.ExpiresIn);
        }

        var response = new ConversationResponse(conversationId, token, expiresIn, StreamUrls.For(http.Request, conversationId, token, watermark));
        return Results.Json(response);
    }
}
