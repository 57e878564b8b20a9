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
/// With an app id set, /api/messages checks the token's signature against the channel's published keys and its
/// audience against the app id. The host runs as a real process whose OpenID metadata points at a fake issuer on
/// loopback; a token signed with that issuer's key for this app is accepted (so the check is real), others get 401.
/// </summary>
public sealed class SignedTokenTests : IAsyncLifetime, IDisposable
{
    private const string AppId = "00000000-0000-0000-0000-0000000000aa";
    private const string Issuer = "https://api.botframework.com";

    private readonly string _folder = Directory.CreateTempSubdirectory("supportbot-signed-").FullName;
    private FakeOpenIdServer _issuer = null!;
    private BotProcess _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeOpenIdServer.StartAsync(_folder);
        _bot = await BotProcess.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _issuer.MetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = _issuer.MetadataUrl,
            ["ToBotFromChannelTokenIssuer"] = Issuer,
            // The public cloud's other values: setting any cloud key switches the SDK to all-parameterized settings.
            ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["OAuthUrl"] = "https://api.botframework.com",
            ["ValidateAuthority"] = "true",
            ["SSL_CERT_FILE"] = _issuer.CertificateFile,
            ["Storage__SqlitePath"] = Path.Combine(_folder, "supportbot.db"),
            ["DirectLine__SigningKeyPath"] = Path.Combine(_folder, "directline-signing.key"),
        });
        _client = new HttpClient { BaseAddress = _bot.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public void Dispose() => _client?.Dispose();

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _issuer.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Tokens_are_checked_against_the_channels_keys_and_the_app_id()
    {
        using var otherKey = RSA.Create(2048);
        var activity = TestActivities.Message("conv-signed", "こんにちは");

        var right = await StatusAsync(activity, Token(_issuer.Key, AppId, activity.ServiceUrl));
        var wronglySigned = await StatusAsync(activity, Token(otherKey, AppId, activity.ServiceUrl));
        var wrongAudience = await StatusAsync(activity, Token(_issuer.Key, "11111111-1111-1111-1111-111111111111", activity.ServiceUrl));
        var expired = await StatusAsync(activity, Token(_issuer.Key, AppId, activity.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-30)));
        var otherServiceUrl = await StatusAsync(activity, Token(_issuer.Key, AppId, "http://127.0.0.1:10/"));

        Assert.True(HttpStatusCode.OK == right, $"the right token: {right}\n{_bot.Output}");
        Assert.True(_issuer.KeyRequests > 0);
        Assert.Equal(HttpStatusCode.Unauthorized, wronglySigned);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongAudience);
        Assert.Equal(HttpStatusCode.Unauthorized, expired);
        Assert.Equal(HttpStatusCode.Unauthorized, otherServiceUrl);
    }

    private async Task<HttpStatusCode> StatusAsync(Microsoft.Bot.Schema.Activity activity, string token)
    {
        activity.Id = Guid.NewGuid().ToString("N");
        using var response = await _client.PostActivityAsync(activity, "Bearer " + token);
        return response.StatusCode;
    }

    // Signed with the fake issuer's key id, so a wrong key is tried against the published one (not skipped as unknown).
    private static string Token(RSA key, string audience, string serviceUrl, DateTime? expires = null)
    {
        var until = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            NotBefore = until.AddHours(-1),
            IssuedAt = until.AddHours(-1),
            Expires = until,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = FakeOpenIdServer.KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }
}
