using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Hosting;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// With an app id set and the channel's OpenID metadata unreachable (no outbound network), a request is answered 503
/// with Retry-After, not 500, and the log says once what to fix.
/// </summary>
public sealed class UnreachableMetadataTests
{
    private const string AppId = "00000000-0000-0000-0000-0000000000bb";

    [Fact]
    public async Task Unreachable_openid_metadata_is_a_503_said_once_in_the_log()
    {
        var folder = Directory.CreateTempSubdirectory("supportbot-nometadata-").FullName;
        var closed = $"https://127.0.0.1:{FreePort.Next()}/.well-known/openidconfiguration";
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = closed,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = closed,
            ["ToBotFromChannelTokenIssuer"] = "https://api.botframework.com",
            ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["OAuthUrl"] = "https://api.botframework.com",
            ["ValidateAuthority"] = "true",
            ["Storage__SqlitePath"] = Path.Combine(folder, "supportbot.db"),
            ["DirectLine__SigningKeyPath"] = Path.Combine(folder, "directline-signing.key"),
        });
        using var client = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

        var statuses = new List<(HttpStatusCode, bool)>();
        for (var i = 0; i < 3; i++)
        {
            var activity = TestActivities.Message("conv-nometadata", "こんにちは");
            using var response = await client.PostActivityAsync(activity, "Bearer " + Token(activity.ServiceUrl));
            statuses.Add((response.StatusCode, response.Headers.RetryAfter is not null));
        }

        Assert.All(statuses, s => Assert.Equal((HttpStatusCode.ServiceUnavailable, true), s));
        Assert.Equal(1, CountOf(bot.Output, "OpenID metadata to authenticate"));
        Assert.DoesNotContain("Unhandled exception", bot.Output, StringComparison.Ordinal);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static string Token(string serviceUrl)
    {
        using var key = RSA.Create(2048);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = AppId,
            Expires = DateTime.UtcNow.AddMinutes(30),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = "k1" }, SecurityAlgorithms.RsaSha256),
        });
    }
}
