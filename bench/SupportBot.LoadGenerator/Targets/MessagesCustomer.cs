using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SupportBot.LoadGenerator.Scenarios;

namespace SupportBot.LoadGenerator.Targets;

/// <summary>A customer on /api/messages, shaped like the Bot Framework Emulator's activities.</summary>
public sealed class MessagesCustomer(HttpClient http, string conversationId, string locale) : ICustomer
{
    private const string UserId = "load-user";

    public string ConversationId => conversationId;

    /// <summary>The conversationUpdate a channel sends first; the bot greets.</summary>
    public async Task GreetAsync(CancellationToken cancellationToken)
    {
        var activity = Activity("conversationUpdate", text: null);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot" }, new JsonObject { ["id"] = UserId });
        using var response = await http.PostAsJsonAsync("api/messages", activity, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<string?> SendAsync(ScenarioStep turn, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("api/messages", Activity("message", turn.Text), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return $"HTTP {(int)response.StatusCode}";
        }

        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return ActivityJson.AnyBotTextContains(body?["activities"] as JsonArray, turn.Expect, UserId)
            ? null
            : $"no reply containing '{turn.Expect}'";
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private JsonObject Activity(string type, string? text) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["locale"] = locale,
        ["text"] = text,
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Customer", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "Bot", ["role"] = "bot" },
        ["deliveryMode"] = "expectReplies",
        ["timestamp"] = DateTimeOffset.UtcNow,
    };
}
