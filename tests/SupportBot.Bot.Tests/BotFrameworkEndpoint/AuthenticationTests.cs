using System.Net;
using System.Text;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Testing.Channels;

namespace SupportBot.Bot.Tests.BotFrameworkEndpoint;

/// <summary>With MicrosoftAppId set, every request must carry a valid Bot Framework token.</summary>
public sealed class AuthenticationTests : IDisposable
{
    private readonly SupportBotFactory _factory = new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        },
    };

    public static TheoryData<string?> UnauthenticatedHeaders() => new()
    {
        null,
        "Bearer " + UnsignedJwt("https://attacker.example/"),
        "Bearer not-even-a-jwt",
    };

    [Theory]
    [MemberData(nameof(UnauthenticatedHeaders))]
    public async Task A_request_without_a_valid_token_gets_401(string? authorization)
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostActivityAsync(TestActivities.Message("conv-auth", "hello"), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    private static string UnsignedJwt(string issuer)
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return Part("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + Part($"{{\"iss\":\"{issuer}\",\"aud\":\"00000000-0000-0000-0000-000000000001\",\"exp\":{exp}}}") + ".";
    }
}
