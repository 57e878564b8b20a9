using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting.Requests;

namespace SupportBot.Bot.DirectLine.Tokens;

/// <summary>
/// Reads the bearer (Authorization header, or the stream URL's <c>t</c> query for WebSockets, which cannot send
/// headers): the secret, or a valid token. Missing or forged → 401; expired → 403, which Web Chat reads as
/// "token expired".
/// </summary>
public sealed class DirectLineAuthenticator
{
    private readonly DirectLineTokenService _tokens;
    private readonly string? _secret;

    public DirectLineAuthenticator(DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tokens = tokens;
        _secret = options.Value.Secret;
    }

    public CallerCheck Authenticate(HttpRequest request, bool allowQueryToken = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bearer = BearerHeader.Read(request.Headers.Authorization.ToString());
        if (bearer is null && allowQueryToken)
        {
            bearer = request.Query["t"].ToString() is { Length: > 0 } query ? query : null;
        }

        if (bearer is null)
        {
            return CallerCheck.Refuse(StatusCodes.Status401Unauthorized, "Missing 'Authorization: Bearer <token or secret>'.");
        }

        if (SharedSecret.Matches(bearer, _secret))
        {
            return new CallerCheck(new DirectLineCaller(HasSecret: true, Token: null), null);
        }

        var check = _tokens.Check(bearer);
        return check.Status switch
        {
            TokenStatus.Valid => new CallerCheck(new DirectLineCaller(HasSecret: false, check.Token, bearer), null),
            TokenStatus.Expired => CallerCheck.Refuse(StatusCodes.Status403Forbidden, "TokenExpired: the token has expired."),
            _ => CallerCheck.Refuse(StatusCodes.Status401Unauthorized, "The token or secret is not valid."),
        };
    }
}
