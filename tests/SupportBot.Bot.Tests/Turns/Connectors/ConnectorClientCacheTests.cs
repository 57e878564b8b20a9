using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Turns.Connectors;

namespace SupportBot.Bot.Tests.Turns.Connectors;

public sealed class ConnectorClientCacheTests
{
    [Fact]
    public async Task A_serviceUrl_gets_one_client_that_the_turns_end_does_not_dispose()
    {
        var cache = new ConnectorClientCache(new FakeTimeProvider());
        var inner = new CountingFactory();
        var factory = new CachingConnectorFactory(inner, cache, "bot");

        var first = await factory.CreateAsync("http://localhost:1/", "aud");
        first.Dispose();
        var second = await factory.CreateAsync("http://localhost:1/", "aud");
        var other = await factory.CreateAsync("http://localhost:2/", "aud");

        Assert.Equal(2, inner.Created.Count);
        Assert.Same(first.Conversations, second.Conversations);
        Assert.NotSame(first.Conversations, other.Conversations);
        Assert.False(inner.Created[0].Disposed);
        Assert.Throws<NotSupportedException>(() => second.BaseUri = new Uri("http://localhost:3/"));
    }

    [Fact]
    public async Task Identities_and_audiences_do_not_share_clients()
    {
        var cache = new ConnectorClientCache(new FakeTimeProvider());
        var inner = new CountingFactory();

        await new CachingConnectorFactory(inner, cache, "bot-a").CreateAsync("http://localhost:1/", "aud");
        await new CachingConnectorFactory(inner, cache, "bot-b").CreateAsync("http://localhost:1/", "aud");
        await new CachingConnectorFactory(inner, cache, "bot-a").CreateAsync("http://localhost:1/", "other-aud");

        Assert.Equal(3, inner.Created.Count);
    }

    [Fact]
    public async Task A_client_is_renewed_after_its_lifetime_so_pooled_handlers_rotate()
    {
        var clock = new FakeTimeProvider();
        var cache = new ConnectorClientCache(clock);
        var inner = new CountingFactory();
        var factory = new CachingConnectorFactory(inner, cache, "bot");

        await factory.CreateAsync("http://localhost:1/", "aud");
        clock.Advance(ConnectorClientCache.Lifetime - TimeSpan.FromSeconds(1));
        await factory.CreateAsync("http://localhost:1/", "aud");
        Assert.Single(inner.Created);

        clock.Advance(TimeSpan.FromSeconds(2));
        await factory.CreateAsync("http://localhost:1/", "aud");
        Assert.Equal(2, inner.Created.Count);
        Assert.False(inner.Created[0].Disposed);
    }

    [Fact]
    public async Task Past_its_capacity_the_cache_makes_clients_for_the_turn_alone()
    {
        var cache = new ConnectorClientCache(new FakeTimeProvider());
        var inner = new CountingFactory();
        var factory = new CachingConnectorFactory(inner, cache, "bot");
        for (var i = 0; i < ConnectorClientCache.Capacity; i++)
        {
            await factory.CreateAsync($"http://localhost:{i + 1}/", "aud");
        }

        var unshared = await factory.CreateAsync("http://localhost:9999/", "aud");
        unshared.Dispose();

        Assert.Equal(ConnectorClientCache.Capacity, cache.Count);
        Assert.True(inner.Created[^1].Disposed);
    }

    [Fact]
    public async Task A_failed_creation_is_tried_again_by_the_next_turn()
    {
        var cache = new ConnectorClientCache(new FakeTimeProvider());
        var inner = new CountingFactory { FailNext = true };
        var factory = new CachingConnectorFactory(inner, cache, "bot");

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.CreateAsync("http://localhost:1/", "aud"));
        var client = await factory.CreateAsync("http://localhost:1/", "aud");

        Assert.NotNull(client.Conversations);
        Assert.Single(inner.Created);
    }

    [Fact]
    public async Task The_user_token_client_is_made_only_when_a_turn_calls_it()
    {
        var made = 0;
        using var client = new OnDemandUserTokenClient(_ =>
        {
            made++;
            return Task.FromResult<UserTokenClient>(new ThrowingTokenClient());
        });
        Assert.Equal(0, made);

        await Assert.ThrowsAsync<NotImplementedException>(() => client.SignOutUserAsync("u", "c", "ch", default));
        await Assert.ThrowsAsync<NotImplementedException>(() => client.GetTokenStatusAsync("u", "ch", null!, default));

        Assert.Equal(1, made);
    }

    private sealed class CountingFactory : ConnectorFactory
    {
        public List<RecordingClient> Created { get; } = [];

        public bool FailNext { get; set; }

        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default)
        {
            if (FailNext)
            {
                FailNext = false;
                return Task.FromException<IConnectorClient>(new InvalidOperationException("token endpoint down"));
            }

            var client = new RecordingClient(new Uri(serviceUrl));
            Created.Add(client);
            return Task.FromResult<IConnectorClient>(client);
        }
    }

    private sealed class RecordingClient : IConnectorClient
    {
        private readonly ConnectorClient _real;

        public RecordingClient(Uri baseUri)
        {
            _real = new ConnectorClient(baseUri, MicrosoftAppCredentials.Empty);
            BaseUri = baseUri;
        }

        public bool Disposed { get; private set; }

        public Uri BaseUri { get; set; }

        public Newtonsoft.Json.JsonSerializerSettings SerializationSettings => _real.SerializationSettings;

        public Newtonsoft.Json.JsonSerializerSettings DeserializationSettings => _real.DeserializationSettings;

        public Microsoft.Rest.ServiceClientCredentials Credentials => _real.Credentials;

        public IAttachments Attachments => _real.Attachments;

        public IConversations Conversations => _real.Conversations;

        public void Dispose()
        {
            Disposed = true;
            _real.Dispose();
        }
    }

    private sealed class ThrowingTokenClient : UserTokenClient
    {
        public override Task<Microsoft.Bot.Schema.TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) => throw new NotImplementedException();

        public override Task<Microsoft.Bot.Schema.SignInResource> GetSignInResourceAsync(string connectionName, Microsoft.Bot.Schema.Activity activity, string finalRedirect, CancellationToken cancellationToken) => throw new NotImplementedException();

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) => throw new NotImplementedException();

        public override Task<Microsoft.Bot.Schema.TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) => throw new NotImplementedException();

        public override Task<Dictionary<string, Microsoft.Bot.Schema.TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) => throw new NotImplementedException();

        public override Task<Microsoft.Bot.Schema.TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, Microsoft.Bot.Schema.TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) => throw new NotImplementedException();
    }
}
