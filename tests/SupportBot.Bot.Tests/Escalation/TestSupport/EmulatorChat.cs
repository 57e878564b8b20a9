using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;

namespace SupportBot.Bot.Tests.Escalation.TestSupport;

/// <summary>
/// A customer in the Emulator: each message is POSTed to /api/messages with expectReplies and the bot's replies come
/// back in the response. Proactive messages (the agent's) go to <paramref name="ServiceUrl"/>.
/// </summary>
public sealed class EmulatorChat
{
    private readonly HttpClient _http;
    private int _sequence;

    public EmulatorChat(EscalationHost host, string serviceUrl = "http://127.0.0.1:9/", string locale = "ja-JP")
    {
        ArgumentNullException.ThrowIfNull(host);
        _http = host.Factory.CreateClient();
        ServiceUrl = serviceUrl;
        Locale = locale;
    }

    public string ConversationId { get; } = "emulator-" + Guid.NewGuid().ToString("N");

    public string ServiceUrl { get; }

    public string Locale { get; }

    /// <summary>The name the customer's channel sends as from.name (the customer can choose it).</summary>
    public string CustomerName { get; init; } = "Customer";

    public async Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        var activity = Base(ActivityTypes.Message);
        activity.Text = text;
        return await SendAsync(activity);
    }

    /// <summary>What an agent hub sends through its channel: handoff.status with {state, message}.</summary>
    public Task<IReadOnlyList<Activity>> HandoffStatusAsync(string state, string? message = null)
    {
        var activity = Base(ActivityTypes.Event);
        activity.Name = HandoffEventNames.HandoffStatus;
        activity.Value = new { state, message };
        return SendAsync(activity);
    }

    private async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var response = await _http.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        return await response.ReadRepliesAsync();
    }

    private Activity Base(string type) => new()
    {
        Type = type,
        Id = $"{ConversationId}-{Interlocked.Increment(ref _sequence)}",
        ChannelId = "emulator",
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount(id: ConversationId),
        From = new ChannelAccount("customer-1", CustomerName, RoleTypes.User),
        Recipient = new ChannelAccount("supportbot", "SupportBot", RoleTypes.Bot),
        Locale = Locale,
        Timestamp = DateTimeOffset.UtcNow,
        DeliveryMode = DeliveryModes.ExpectReplies,
    };
}
