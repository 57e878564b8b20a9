using Microsoft.AspNetCore.Mvc;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.DirectLine.Conversations;
using SupportBot.Bot.DirectLine.Tokens;

namespace SupportBot.Bot.DirectLine.Endpoints;

/// <summary>
/// POST /v3/directline/tokens/generate (secret → a token for a new conversation), POST
/// /v3/directline/tokens/refresh (token → the same grant with a new expiry), and the page's own
/// POST /api/token, which hands the browser a token without the secret ever leaving the server.
/// </summary>
public static class TokenEndpoints
{
    public const string PageTokenRateLimit = "directline-page-token";

    public static RouteGroupBuilder MapDirectLineTokens(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
        return group;
    }

    public static IEndpointRouteBuilder MapPageToken(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/token", IssueForPage).RequireRateLimiting(PageTokenRateLimit);
        return endpoints;
    }

    private static async Task<IResult> GenerateAsync(
        HttpContext http,
        [FromServices] DirectLineAuthenticator authenticator,
        [FromServices] DirectLineTokenService tokens,
        [FromServices] PostedActivityReader limits,
        [FromServices] ILogger<DirectLineTokenService> logger)
    {
        var (caller, refusal) = DirectLineAccess.Check(http.Request, authenticator, conversationId: null, logger);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!caller!.HasSecret)
        {
            return DirectLineResults.Error(StatusCodes.Status403Forbidden, "Only the secret can generate tokens.", logger);
        }

        var body = await JsonBody.ReadAsync(http.Request, limits.MaxRequestBytes, http.RequestAborted);
        if (body.Refusal is not null)
        {
            return DirectLineResults.Error(body.Refusal, logger);
        }

        var user = body.StringAt("user", "id");
        var issued = tokens.Issue(ConversationIds.NewConversationId(), string.IsNullOrWhiteSpace(user) ? ConversationIds.NewUserId() : user);
        return Results.Json(new ConversationResponse(issued.Grant.ConversationId, issued.Value, issued.ExpiresIn, StreamUrl: null));
    }

    private static IResult Refresh(
        HttpContext http,
        [FromServices] DirectLineAuthenticator authenticator,
        [FromServices] DirectLineTokenService tokens,
        [FromServices] ILogger<DirectLineTokenService> logger)
    {
        var (caller, refusal) = DirectLineAccess.Check(http.Request, authenticator, conversationId: null, logger);
        if (refusal is not null)
        {
            return refusal;
        }

        if (caller!.Token is not { } grant)
        {
            return DirectLineResults.Error(StatusCodes.Status403Forbidden, "Only a token can be refreshed.", logger);
        }

        if (tokens.Refresh(grant) is not { } issued)
        {
            return DirectLineResults.ChainEnded(logger);
        }

        return Results.Json(new ConversationResponse(issued.Grant.ConversationId, issued.Value, issued.ExpiresIn, StreamUrl: null));
    }

    private static IResult IssueForPage([FromServices] DirectLineTokenService tokens)
    {
        var issued = tokens.Issue(ConversationIds.NewConversationId(), ConversationIds.NewUserId());
        return Results.Json(new PageToken(issued.Grant.ConversationId, issued.Grant.UserId, issued.Value, issued.ExpiresIn));
    }
}
