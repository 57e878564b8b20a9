using System.Buffers.Text;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.DirectLine.Tokens;
using SupportBot.Bot.Tests.DirectLine.TestSupport;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>Tokens: bound to one conversation and user, expiring, refreshable, unforgeable; the secret stays on the server.</summary>
public sealed class TokenScopeTests : IAsyncDisposable
{
    private readonly DirectLineHost _host = new();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    public static TheoryData<string> CallsOnAnotherConversation => new() { "read", "post", "reconnect", "stream" };

    [Theory]
    [MemberData(nameof(CallsOnAnotherConversation))]
    public async Task A_token_for_conversation_A_gets_403_on_conversation_B(string call)
    {
        var factory = _host.Start();
        var a = await PageConversation.StartAsync(factory);
        var b = await PageConversation.StartAsync(factory);
        using var withTokenA = new DirectLineClient(factory, a.Token);

        var status = await CallAsync(withTokenA, call, b.ConversationId, a.Token);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        var (_, history) = await b.Client.GetActivitiesAsync(b.ConversationId, null);
        Assert.DoesNotContain(history!["activities"]!, x => (string?)x["from"]?["id"] == a.UserId);
    }

    [Theory]
    [MemberData(nameof(CallsOnAnotherConversation))]
    public async Task An_expired_token_gets_403_and_a_forged_or_missing_one_401(string call)
    {
        var factory = _host.Start();
        var conversation = await PageConversation.StartAsync(factory);
        var expired = TokensAt(factory, TimeSpan.FromHours(-2)).Issue(conversation.ConversationId, conversation.UserId).Value;
        var forgedCases = new[]
        {
            Tamper(conversation.Token, signature: true),
            Tamper(conversation.Token, signature: false),
            TokensSignedWith(factory, "another-key-0123456789abcdef0123456789").Issue(conversation.ConversationId, conversation.UserId).Value,
            "not-a-token",
        };
        using var client = new DirectLineClient(factory, expired);

        Assert.Equal(HttpStatusCode.Forbidden, await CallAsync(client, call, conversation.ConversationId, expired));
        foreach (var forged in forgedCases)
        {
            client.Bearer = forged;
            Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(client, call, conversation.ConversationId, forged));
        }

        client.Bearer = null;
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(client, call, conversation.ConversationId, token: string.Empty));
    }

    [Fact]
    public async Task Refresh_extends_the_expiry_and_keeps_the_conversation_and_user()
    {
        var factory = _host.Start();
        var conversation = await PageConversation.StartAsync(factory);
        var old = TokensAt(factory, TimeSpan.FromMinutes(-30)).Issue(conversation.ConversationId, conversation.UserId);
        using var client = new DirectLineClient(factory, old.Value);

        var (status, body) = await client.RefreshAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversation.ConversationId, (string)body!["conversationId"]!);
        var renewed = Grant(factory, (string)body["token"]!);
        Assert.Equal(conversation.UserId, renewed.UserId);
        Assert.True(renewed.ExpiresAt > old.Grant.ExpiresAt.AddMinutes(29), $"{renewed.ExpiresAt} should be ~30 min after {old.Grant.ExpiresAt}");
        Assert.Equal(3600, (int)body["expires_in"]!);
        client.Bearer = (string)body["token"]!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetActivitiesAsync(conversation.ConversationId, null)).Status);
    }

    [Theory]
    [InlineData("expired", HttpStatusCode.Forbidden)]
    [InlineData("secret", HttpStatusCode.Forbidden)]
    [InlineData("none", HttpStatusCode.Unauthorized)]
    public async Task Refresh_is_refused_for_an_expired_token_the_secret_or_nothing(string bearer, HttpStatusCode expected)
    {
        var factory = _host.Start();
        using var client = new DirectLineClient(factory, bearer switch
        {
            "expired" => TokensAt(factory, TimeSpan.FromHours(-2)).Issue("c", "u").Value,
            "secret" => DirectLineHost.Secret,
            _ => null,
        });

        Assert.Equal(expected, (await client.RefreshAsync()).Status);
    }

    [Fact]
    public async Task Generate_needs_the_secret_and_makes_a_token_for_a_new_conversation_and_the_given_user()
    {
        var factory = _host.Start();
        var page = await PageConversation.StartAsync(factory);
        using var client = new DirectLineClient(factory, DirectLineHost.Secret);

        var (status, body) = await client.GenerateAsync(new { user = new { id = "dl_customer-7" } });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual(page.ConversationId, (string)body!["conversationId"]!);
        Assert.Equal("dl_customer-7", Grant(factory, (string)body["token"]!).UserId);
        client.Bearer = page.Token;
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GenerateAsync()).Status);
        client.Bearer = null;
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GenerateAsync()).Status);
    }

    [Fact]
    public async Task A_token_speaks_only_as_its_own_user_whatever_from_id_the_activity_claims()
    {
        var factory = _host.Start();
        var conversation = await PageConversation.StartAsync(factory);

        var (_, posted) = await conversation.Client.PostActivityAsync(conversation.ConversationId, DirectLineClient.UserMessage("こんにちは", "someone-else", "c-1"));
        var (activities, _) = await conversation.Client.PollUntilAsync(conversation.ConversationId, null, 1, TimeSpan.Zero);

        var echo = Assert.Single(activities, a => (string)a["id"]! == (string)posted!["id"]!);
        Assert.Equal(conversation.UserId, (string)echo["from"]!["id"]!);
    }

    [Fact]
    public async Task The_page_token_endpoint_is_rate_limited_per_address_and_never_returns_the_secret()
    {
        await using var host = new DirectLineHost { ExtraSettings = new Dictionary<string, string?> { ["DirectLine:TokenRequestsPerMinute"] = "3" } };
        var factory = host.Start();
        using var http = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await http.PostAsync(new Uri("/api/token", UriKind.Relative), null);
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(DirectLineHost.Secret, text, StringComparison.Ordinal);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        using var page = await http.GetAsync(new Uri("/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain(DirectLineHost.Secret, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DirectLine:TokenSigningKey", "too-short", "TokenSigningKey")]
    [InlineData("DirectLine:Secret", "short", "Secret")]
    [InlineData("DirectLine:TokenLifetimeSeconds", "60", "TokenLifetimeSeconds")]
    [InlineData("Store:PrimaryColor", "pink", "PrimaryColor")]
    public async Task The_host_refuses_to_start_with_bad_channel_settings(string key, string value, string named)
    {
        await using var host = new DirectLineHost { ExtraSettings = new Dictionary<string, string?> { [key] = value } };
        var factory = host.Start();

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(named, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_signing_key_is_kept_owner_only_so_a_restart_accepts_earlier_tokens()
    {
        var path = Path.Combine(_host.Folder, "keys", "signing.key");
        var options = Options.Create(new DirectLineOptions { SigningKeyPath = path });
        var environment = _host.Start().Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>();

        var before = new DirectLineTokenService(new SigningKey(options, environment), TimeProvider.System, options).Issue("c", "u");
        var afterRestart = new DirectLineTokenService(new SigningKey(options, environment), TimeProvider.System, options);

        Assert.Equal(TokenStatus.Valid, afterRestart.Check(before.Value).Status);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    private static async Task<HttpStatusCode> CallAsync(DirectLineClient client, string call, string conversationId, string token) => call switch
    {
        "read" => (await client.GetActivitiesAsync(conversationId, null)).Status,
        "post" => (await client.PostActivityAsync(conversationId, DirectLineClient.UserMessage("こんにちは", "u", "c"))).Status,
        "reconnect" => (await client.ReconnectAsync(conversationId, null)).Status,
        "stream" => await StreamStatusAsync(client, conversationId, token),
        _ => throw new ArgumentOutOfRangeException(nameof(call)),
    };

    // The stream takes its token from the URL; a refused token never gets as far as the WebSocket upgrade.
    private static async Task<HttpStatusCode> StreamStatusAsync(DirectLineClient client, string conversationId, string token)
    {
        var bearer = client.Bearer;
        client.Bearer = null;
        try
        {
            return (await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}")).Status;
        }
        finally
        {
            client.Bearer = bearer;
        }
    }

    private static DirectLineTokenService TokensAt(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, TimeSpan shift) =>
        new(factory.Services.GetRequiredService<SigningKey>(), new ShiftedClock(shift), factory.Services.GetRequiredService<IOptions<DirectLineOptions>>());

    private static DirectLineTokenService TokensSignedWith(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string key)
    {
        var options = Options.Create(new DirectLineOptions { TokenSigningKey = key });
        var environment = factory.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>();
        return new DirectLineTokenService(new SigningKey(options, environment), TimeProvider.System, options);
    }

    private static DirectLineToken Grant(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string token)
    {
        var check = factory.Services.GetRequiredService<DirectLineTokenService>().Check(token);
        Assert.Equal(TokenStatus.Valid, check.Status);
        return check.Token!;
    }

    // Either flips a signature byte, or swaps in a payload naming another conversation under the old signature.
    private static string Tamper(string token, bool signature)
    {
        var parts = token.Split('.');
        if (signature)
        {
            var bytes = Base64Url.DecodeFromChars(parts[2]);
            bytes[0] ^= 0x01;
            return $"{parts[0]}.{parts[1]}.{Base64Url.EncodeToString(bytes)}";
        }

        var payload = JObject.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])));
        payload["exp"] = (long)payload["exp"]! + 86_400;
        return $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToString(Newtonsoft.Json.Formatting.None)))}.{parts[2]}";
    }
}
