using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SupportBot.Bot.Escalation.Webhook;

/// <summary>
/// The webhook's signatures. <c>X-SupportBot-Signature: sha256=&lt;hex HMAC-SHA256 of the body&gt;</c> as before, and
/// <c>X-SupportBot-Signature-Timed: t=&lt;unix seconds&gt;,sha256=&lt;hex HMAC-SHA256 of "t." + body&gt;</c>, which a
/// receiver checks with a tolerance so a captured request cannot be replayed later.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-SupportBot-Signature";
    public const string TimedHeaderName = "X-SupportBot-Signature-Timed";

    public static string Compute(string secret, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    public static string ComputeTimed(string secret, DateTimeOffset sentAt, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var seconds = sentAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={seconds},sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.ASCII.GetBytes(seconds + "."), .. body]));
    }

    /// <summary>Constant-time check a receiver would make.</summary>
    public static bool Verify(string secret, byte[] body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, body)), Encoding.ASCII.GetBytes(header));

    /// <summary>The timed check a receiver would make: the signature matches and was made within <paramref name="tolerance"/> of <paramref name="now"/>.</summary>
    public static bool VerifyTimed(string secret, byte[] body, string? header, DateTimeOffset now, TimeSpan tolerance)
    {
        if (header is null || !header.StartsWith("t=", StringComparison.Ordinal)
            || !long.TryParse(header.AsSpan(2, Math.Max(0, header.IndexOf(',', StringComparison.Ordinal) - 2)), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var sentAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return (now - sentAt).Duration() <= tolerance
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(ComputeTimed(secret, sentAt, body)), Encoding.ASCII.GetBytes(header));
    }
}
