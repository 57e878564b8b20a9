using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.DirectLine.Tokens;

/// <summary>
/// Reads the bearer (Authorization header, or the stream URL's <c>t</c> query for WebSockets, which cannot send
/// headers): the secret, or a valid token. Missing or forged → 401; expired → 403, which Web Chat reads as
/// "token expired".
/// </summary>
public sealed class DirectLineAuthenticator
{
    private readonly DirectLineTokenService _tokens;
    private readonly byte[]? _secret;

    public DirectLineAuthenticator(DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tokens = tokens;
        _secret = string.IsNullOrEmpty(options.Value.Secret) ? null : Encoding.UTF8.GetBytes(options.Value.Secret);
    }

    public CallerCheck Authenticate(HttpRequest request, bool allowQueryToken = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bearer = ReadBearer(request.Headers.Authorization.ToString());
        if (bearer is null && allowQueryToken)
        {
            bearer = request.Query["t"].ToString() is { Length: > 0 } query ? query : null;
        }

        if (bearer is null)
        {
            return CallerCheck.Refuse(StatusCodes.Status401Unauthorized, "Missing 'Authorization: Bearer <token or secret>'.");
        }

        if (_secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), _secret))
        {
            return new CallerCheck(new DirectLineCaller(HasSecret: true, Token: null), StatusCodes.Status200OK, null);
        }

        var check = _tokens.Check(bearer);
        return check.Status switch
        {
            TokenStatus.Valid => new CallerCheck(new DirectLineCaller(HasSecret: false, check.Token, bearer), StatusCodes.Status200OK, null),
            TokenStatus.Expired => CallerCheck.Refuse(StatusCodes.Status403Forbidden, "TokenExpired: the token has expired."),
            _ => CallerCheck.Refuse(StatusCodes.Status401Unauthorized, "The token or secret is not valid."),
        };
    }

    private static string? ReadBearer(string header)
    {
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var value = header[scheme.Length..].Trim();
        return value.Length == 0 ? null : value;
    }
}
