using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.DirectLine.Tokens;

/// <summary>
/// Issues and checks tokens of the form <c>dl1.{payload}.{signature}</c>: base64url JSON
/// <c>{"cnv":conversation,"usr":user,"exp":unix seconds,"jti":random}</c> and its HMAC-SHA256 over <c>dl1.{payload}</c>.
/// </summary>
public sealed class DirectLineTokenService
{
    private const string Prefix = "dl1.";

    private readonly SigningKey _key;
    private readonly TimeProvider _clock;
    private readonly int _lifetimeSeconds;

    public DirectLineTokenService(SigningKey key, TimeProvider clock, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = key;
        _clock = clock;
        _lifetimeSeconds = options.Value.TokenLifetimeSeconds;
    }

    public IssuedToken Issue(string conversationId, string userId)
    {
        var expires = DateTimeOffset.FromUnixTimeSeconds(_clock.GetUtcNow().ToUnixTimeSeconds() + _lifetimeSeconds);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new TokenPayload(conversationId, userId, expires.ToUnixTimeSeconds(), Convert.ToHexString(RandomNumberGenerator.GetBytes(8))));
        var signed = Prefix + Base64Url.EncodeToString(payload);
        var value = signed + "." + Base64Url.EncodeToString(Sign(signed));
        return new IssuedToken(value, new DirectLineToken(conversationId, userId, expires), _lifetimeSeconds);
    }

    public TokenCheck Check(string? token)
    {
        if (string.IsNullOrEmpty(token) || !token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 4096)
        {
            return new TokenCheck(TokenStatus.Malformed, null);
        }

        var dot = token.LastIndexOf('.');
        if (dot <= Prefix.Length)
        {
            return new TokenCheck(TokenStatus.Malformed, null);
        }

        var signed = token[..dot];
        byte[] signature;
        byte[] payloadBytes;
        try
        {
            signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
            payloadBytes = Base64Url.DecodeFromChars(signed.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return new TokenCheck(TokenStatus.Malformed, null);
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(signed)))
        {
            return new TokenCheck(TokenStatus.BadSignature, null);
        }

        TokenPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<TokenPayload>(payloadBytes);
        }
        catch (JsonException)
        {
            return new TokenCheck(TokenStatus.Malformed, null);
        }

        if (payload is null || string.IsNullOrEmpty(payload.Conversation) || payload.User is null)
        {
            return new TokenCheck(TokenStatus.Malformed, null);
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(payload.Expires);
        return expires <= _clock.GetUtcNow()
            ? new TokenCheck(TokenStatus.Expired, null)
            : new TokenCheck(TokenStatus.Valid, new DirectLineToken(payload.Conversation, payload.User, expires));
    }

    private byte[] Sign(string signed) => HMACSHA256.HashData(_key.Bytes, Encoding.ASCII.GetBytes(signed));

    // Short wire names keep the token (and the stream URL that carries it) small.
    private sealed record TokenPayload(
        [property: JsonPropertyName("cnv")] string Conversation,
        [property: JsonPropertyName("usr")] string User,
        [property: JsonPropertyName("exp")] long Expires,
        [property: JsonPropertyName("jti")] string Nonce);
}
