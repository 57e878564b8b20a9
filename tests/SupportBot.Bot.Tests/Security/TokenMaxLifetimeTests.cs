using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.DirectLine.Tokens;
using SupportBot.Bot.Tests.DirectLine.TestSupport;

namespace SupportBot.Bot.Tests.Security;

/// <summary>Refreshing keeps a conversation going, but not forever: no token of one chain outlives DirectLine:TokenMaxLifetimeHours.</summary>
public sealed class TokenMaxLifetimeTests : IAsyncDisposable
{
    private readonly DirectLineHost _host = new();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public void Refreshing_every_50_minutes_ends_exactly_24_hours_after_the_first_token()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero));
        var start = clock.GetUtcNow();
        var options = Options.Create(new DirectLineOptions { TokenSigningKey = "test-signing-key-0123456789abcdef0123456789" });
        var environment = _host.Start().Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>();
        var tokens = new DirectLineTokenService(new SigningKey(options, environment), clock, options);

        var current = tokens.Issue("c", "u");
        var refreshes = 0;
        while (tokens.Refresh(tokens.Check(current.Value).Token!) is { } next)
        {
            current = next;
            refreshes++;
            clock.Advance(TimeSpan.FromMinutes(50));
            if (tokens.Check(current.Value).Status != TokenStatus.Valid)
            {
                break;
            }
        }

        Assert.Equal(start.AddHours(24), current.Grant.ExpiresAt);
        Assert.InRange(refreshes, 28, 29);
        Assert.True(clock.GetUtcNow() >= start.AddHours(24));
        Assert.Equal(TokenStatus.Expired, tokens.Check(current.Value).Status);
        Assert.Null(tokens.Refresh(current.Grant));
    }

    [Fact]
    public async Task The_host_refreshes_a_token_near_the_end_of_its_chain_only_up_to_that_end()
    {
        var factory = _host.Start();
        var conversation = await PageConversation.StartAsync(factory);
        var key = factory.Services.GetRequiredService<SigningKey>();
        var options = factory.Services.GetRequiredService<IOptions<DirectLineOptions>>();
        // A chain begun 23 h 45 min ago, refreshed 30 min ago: 15 minutes of the day are left.
        var first = new DirectLineTokenService(key, new ShiftedClock(-TimeSpan.FromMinutes(23 * 60 + 45)), options).Issue(conversation.ConversationId, conversation.UserId);
        var recent = new DirectLineTokenService(key, new ShiftedClock(-TimeSpan.FromMinutes(30)), options).Refresh(first.Grant)!;
        using var client = new DirectLineClient(factory, recent.Value);

        var (status, body) = await client.RefreshAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.InRange((int)body!["expires_in"]!, 14 * 60, 15 * 60);
    }
}
