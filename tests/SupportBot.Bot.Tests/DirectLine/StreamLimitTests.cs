using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>Streams are bounded: a few per conversation, and none outlives the token that opened it.</summary>
public sealed class StreamLimitTests : IAsyncDisposable
{
    private readonly DirectLineHost _host = new()
    {
        ExtraSettings = new Dictionary<string, string?> { ["DirectLine:MaxStreamsPerConversation"] = "2" },
    };

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_conversation_past_its_open_streams_is_refused_until_one_closes()
    {
        var customer = await PageConversation.StartAsync(_host.Start());
        var url = (string)customer.Started["streamUrl"]!;
        using var first = await customer.Client.ConnectStreamAsync(url);
        using var second = await customer.Client.ConnectStreamAsync(url);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => customer.Client.ConnectStreamAsync(url));
        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(Patience.Hang);
        using var third = await ConnectWhenFreedAsync(customer.Client, url);

        Assert.Contains("429", refused.Message, StringComparison.Ordinal);
        Assert.Equal(WebSocketState.Open, third.State);
    }

    [Fact]
    public async Task A_stream_closes_with_TokenExpired_when_its_token_expires()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new DirectLineHost { TestServices = services => services.AddSingleton<TimeProvider>(clock) };
        var customer = await PageConversation.StartAsync(host.Start());
        using var socket = await customer.Client.ConnectStreamAsync((string)customer.Started["streamUrl"]!);
        var buffer = new byte[64 * 1024];
        var closing = ReadUntilCloseAsync(socket, buffer);

        await clock.AdvanceUntilDoneAsync(closing, TimeSpan.FromMinutes(10));

        Assert.Equal((WebSocketCloseStatus.PolicyViolation, "TokenExpired"), (socket.CloseStatus, socket.CloseStatusDescription));
        Assert.True(clock.GetUtcNow() - DateTimeOffset.UtcNow >= TimeSpan.FromMinutes(50), "closed before the token's hour was up");
    }

    private static async Task ReadUntilCloseAsync(WebSocket socket, byte[] buffer)
    {
        while ((await socket.ReceiveAsync(buffer, CancellationToken.None)).MessageType != WebSocketMessageType.Close)
        {
        }
    }

    // The server frees the slot when its side of the close completes, just after the client's close returns.
    private static async Task<WebSocket> ConnectWhenFreedAsync(DirectLineClient client, string url)
    {
        using var hang = new CancellationTokenSource(Patience.Hang);
        while (true)
        {
            try
            {
                return await client.ConnectStreamAsync(url);
            }
            catch (InvalidOperationException) when (!hang.IsCancellationRequested)
            {
                await Task.Delay(20, CancellationToken.None);
            }
        }
    }
}
