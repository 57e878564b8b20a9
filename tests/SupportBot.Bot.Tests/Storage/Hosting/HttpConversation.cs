using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Hosting;

namespace SupportBot.Bot.Tests.Storage.Hosting;

/// <summary>Talks to a bot process over /api/messages with expectReplies, one customer turn at a time.</summary>
internal static partial class HttpConversation
{
    /// <summary>Ten customer messages through a cancellation; whatever dialog main has, a restart must not change its answers.</summary>
    public static readonly string[] Script =
    [
        "注文をキャンセルしたい",
        "249-1234567-1234567",
        "まだ発送されていません",
        "はい",
        "返金はいつになりますか",
        "ありがとう",
        "最初からやり直したい",
        "キャンセルしたい",
        "２５０－７６５４３２１－７６５４３２１",
        "もう発送されました",
    ];

    // Only a hang catcher: a freshly started host trains its classifier on its first turns, and forty redelivered turns
    // queue behind that; inside the full suite on a shared 2-core machine that took over 60 s once (alone: 22 s).
    public static HttpClient ClientFor(BotProcess bot) => new() { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromMinutes(3) };

    public static string StateKey(string conversationId) => $"emulator/conversations/{conversationId}";

    /// <summary>Sends one message and returns its replies as comparable text; any status but 200 fails the test.</summary>
    public static async Task<string> SendAsync(HttpClient client, string conversationId, string text, string? activityId = null)
    {
        var activity = TestActivities.Message(conversationId, text);
        activity.Id = activityId ?? activity.Id;
        using var response = await client.PostActivityAsync(activity);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Turn '{text}' of {conversationId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return Describe(await response.ReadRepliesAsync());
    }

    /// <summary>Sends one message to a host that may die meanwhile: its replies, or null when the connection broke.</summary>
    public static async Task<string?> TrySendAsync(HttpClient client, string conversationId, string text, string activityId)
    {
        var activity = TestActivities.Message(conversationId, text);
        activity.Id = activityId;
        try
        {
            using var response = await client.PostActivityAsync(activity);
            return response.StatusCode == HttpStatusCode.OK ? Describe(await response.ReadRepliesAsync()) : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    public static async Task<List<string>> RunAsync(BotProcess bot, string conversationId, IEnumerable<string> utterances)
    {
        using var client = ClientFor(bot);
        var replies = new List<string>();
        foreach (var text in utterances)
        {
            replies.Add(await SendAsync(client, conversationId, text));
        }

        return replies;
    }

    /// <summary>What the customer sees of a turn: message texts and button titles, with per-conversation numbers blanked.</summary>
    public static string Describe(IEnumerable<Activity> replies) =>
        string.Join(
            " | ",
            replies.Where(r => r.Type == ActivityTypes.Message).Select(r =>
                TicketNumber().Replace(r.Text ?? string.Empty, "ESC-#") +
                (r.SuggestedActions?.Actions is { Count: > 0 } actions ? " [" + string.Join(", ", actions.Select(a => a.Title)) + "]" : string.Empty)));

    [GeneratedRegex(@"ESC-\d+")]
    private static partial Regex TicketNumber();
}
