using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Testing.Channels;

namespace SupportBot.Bot.Tests.Operations.TestSupport;

/// <summary>One customer conversation through /api/messages with expectReplies, as the Emulator would hold it.</summary>
public sealed class EmulatorConversation
{
    private readonly HttpClient _client;

    public EmulatorConversation(HttpClient client, string? id = null, string locale = "ja-JP")
    {
        _client = client;
        Id = id ?? "analytics-" + Guid.NewGuid().ToString("N");
        Locale = locale;
    }

    public string Id { get; }

    public string Locale { get; }

    public async Task<IReadOnlyList<Activity>> StartAsync()
    {
        using var response = await _client.PostActivityAsync(TestActivities.ConversationUpdate(Id, Locale));
        response.EnsureSuccessStatusCode();
        return await response.ReadRepliesAsync();
    }

    /// <summary>Sends the customer's text; returns everything the bot sent back (traces included).</summary>
    public async Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        using var response = await _client.PostActivityAsync(TestActivities.Message(Id, text, Locale));
        response.EnsureSuccessStatusCode();
        return await response.ReadRepliesAsync();
    }
}
