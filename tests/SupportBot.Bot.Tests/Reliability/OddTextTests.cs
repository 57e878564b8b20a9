using System.Net;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Testing.Channels;

namespace SupportBot.Bot.Tests.Reliability;

/// <summary>Control characters, emoji, lone surrogates and bidi marks in a message: the bot answers, and the conversation goes on.</summary>
public sealed class OddTextTests(SupportBotFactory factory) : IClassFixture<SupportBotFactory>
{
    public static TheoryData<string, string> Texts() => new()
    {
        { "control characters", "\u0001\u0002\u001b[31m注文\u0007を\bキャンセル\u007f" },
        { "NUL", "キャンセル\0したい" },
        { "emoji and ZWJ sequences", "😀🙏🏽👨‍👩‍👧 キャンセルしたい 🛒" },
        { "a lone surrogate", "返金\uD800について" },
        { "bidi override and zero-width", "\u202Eキャンセル\u200B\u200D\uFEFF" },
        { "only whitespace", " \t\r\n\u3000" },
        { "only emoji", "🙇‍♀️🙇‍♀️🙇‍♀️" },
        { "CRLF and tabs", "注文を\r\nキャンセル\tしたい" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task An_odd_message_gets_a_reply_and_the_conversation_still_works(string name, string text)
    {
        using var client = factory.CreateClient();
        var conversation = "odd-" + Guid.NewGuid().ToString("N");

        using var odd = await client.PostActivityAsync(TestActivities.Message(conversation, text));
        using var next = await client.PostActivityAsync(TestActivities.Message(conversation, "最初から"));
        using var cancel = await client.PostActivityAsync(TestActivities.Message(conversation, "注文をキャンセルしたい"));

        Assert.True(odd.StatusCode == HttpStatusCode.OK, $"{name}: {odd.StatusCode}");
        Assert.Contains((await odd.ReadRepliesAsync()), a => a.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(a.Text));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Contains((await cancel.ReadRepliesAsync()), a => a.Text?.Contains("注文番号", StringComparison.Ordinal) == true);
    }
}
