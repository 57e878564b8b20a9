using System.Security.Cryptography;
using System.Text;

namespace SupportBot.Bot.Escalation.Webhook;

/// <summary>The X-SupportBot-Signature header: "sha256=" and the lower-case hex HMAC-SHA256 of the exact body bytes.</summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-SupportBot-Signature";

    public static string Compute(string secret, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>Constant-time check a receiver would make.</summary>
    public static bool Verify(string secret, byte[] body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, body)), Encoding.ASCII.GetBytes(header));
}
