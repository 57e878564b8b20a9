using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.DirectLine.Tokens;

/// <summary>
/// Issues and checks tokens of the form <c>dl1.{payload}.{signature}</c>: base64url JSON
/// <c>{"cnv":conversation,"usr":user,"exp":unix seconds,"jti":random,"org":unix seconds}</c> and its HMAC-SHA256 over
/// <c>dl1.{payload}</c>. "org" is when the refresh chain began; no token of the chain lives past org + TokenMaxLifetimeHours.
/// </summary>
public sealed class DirectLineTokenService
{
    private const string Prefix = "dl1.";

    private readonly SigningKey _key;
    private readonly TimeProvider _clock;
    private readonly int _lifetimeSeconds;
    private readonly long _maxLifetimeSeconds;

    public DirectLineTokenService(SigningKey key, TimeProvider clock, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = key;
        _clock = clock;
        _lifetimeSeconds = options.Value.TokenLifetimeSeconds;
        _maxLifetimeSeconds = options.Value.TokenMaxLifetimeHours * 3600L;
    }

    /// <summary>The first token of a conversation (a new chain).</summary>
    public IssuedToken Issue(string conversationId, string userId) =>
        Issue(conversationId, userId, _clock.GetUtcNow().ToUnixTimeSeconds())!;

    /// <summary>A new token for the same grant, or null when its chain has reached the maximum lifetime.</summary>
    public IssuedToken? Refresh(DirectLineToken grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return Issue(grant.ConversationId, grant.UserId, grant.ChainStartedAt.ToUnixTimeSeconds());
    }

    private IssuedToken? Issue(string conversationId, string userId, long chainStart)
    {
        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        var expires = Math.Min(now + _lifetimeSeconds, chainStart + _maxLifetimeSeconds);
        if (expires <= now)
        {
            return null;
        }

        var payload = JsonSerializer.SerializeToUtf8Bytes(new TokenPayload(conversationId, userId, expires, Convert.ToHexString(RandomNumberGenerator.GetBytes(8)), chainStart));
        var signed = Prefix + Base64Url.EncodeToString(payload);
        var value = signed + "." + Base64Url.EncodeToString(Sign(signed));
        var grant = new DirectLineToken(conversationId, userId, DateTimeOffset.FromUnixTimeSeconds(expires), DateTimeOffset.FromUnixTimeSeconds(chainStart));
        return new IssuedToken(value, grant, (int)(expires - now));
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
            : new TokenCheck(TokenStatus.Valid, new DirectLineToken(payload.Conversation, payload.User, expires, ChainStart(payload)));
    }

    // Tokens issued before "org" existed began their chain no later than one lifetime before they expire.
    private DateTimeOffset ChainStart(TokenPayload payload) =>
        DateTimeOffset.FromUnixTimeSeconds(payload.ChainStart > 0 ? payload.ChainStart : payload.Expires - _lifetimeSeconds);

    private byte[] Sign(string signed) => HMACSHA256.HashData(_key.Bytes, Encoding.ASCII.GetBytes(signed));

    // Short wire names keep the token (and the stream URL that carries it) small.
    private sealed record TokenPayload(
        [property: JsonPropertyName("cnv")] string Conversation,
        [property: JsonPropertyName("usr")] string User,
        [property: JsonPropertyName("exp")] long Expires,
        [property: JsonPropertyName("jti")] string Nonce,
        [property: JsonPropertyName("org")] long ChainStart);
}
