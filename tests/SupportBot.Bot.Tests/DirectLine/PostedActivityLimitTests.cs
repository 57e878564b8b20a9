using System.Net;
using SupportBot.Bot.Tests.DirectLine.TestSupport;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>A posted activity is bounded as a whole, not only its text: channelData cannot fill the request body.</summary>
public sealed class PostedActivityLimitTests : IAsyncDisposable
{
    private readonly DirectLineHost _host = new();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_large_channel_data_is_refused_with_413_and_is_never_stored()
    {
        var customer = await PageConversation.StartAsync(_host.Start());
        var bulky = new { type = "message", text = "hello", from = new { id = customer.UserId }, channelData = new { filler = new string('x', 200 * 1024) } };

        var (status, body) = await customer.Client.PostActivityAsync(customer.ConversationId, bulky);
        var (_, history) = await customer.Client.GetActivitiesAsync(customer.ConversationId, null);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("bytes", body?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(history!["activities"]!, a => (string?)a["text"] == "hello");
    }

    [Fact]
    public async Task The_longest_message_web_chat_sends_still_fits()
    {
        var customer = await PageConversation.StartAsync(_host.Start());
        var longest = new
        {
            type = "message",
            text = new string('あ', 2_000),
            locale = "ja-JP",
            from = new { id = customer.UserId },
            channelData = new { clientActivityID = Guid.NewGuid().ToString("N"), clientTimestamp = DateTimeOffset.UtcNow },
            entities = new[] { new { type = "ClientCapabilities", requiresBotState = true, supportsListening = false, supportsTts = false } },
        };

        var (status, _) = await customer.Client.PostActivityAsync(customer.ConversationId, longest);

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
