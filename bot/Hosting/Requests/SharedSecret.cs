using System.Security.Cryptography;
using System.Text;

namespace SupportBot.Bot.Hosting.Requests;

/// <summary>Compares a presented value with a configured secret in constant time; no secret configured matches nothing.</summary>
public static class SharedSecret
{
    public static bool Matches(string? presented, string? secret) =>
        !string.IsNullOrEmpty(secret)
        && presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(secret));
}
