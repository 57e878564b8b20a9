using Microsoft.Bot.Schema;

namespace SupportBot.Testing.Channels;

/// <summary>Activities shaped like the ones the Bot Framework Emulator sends.</summary>
public static class TestActivities
{
    public const string DefaultServiceUrl = "http://127.0.0.1:9/";

    public static Activity ConversationUpdate(string conversationId, string locale = "ja-JP", string serviceUrl = DefaultServiceUrl, bool expectReplies = true) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "emulator",
        ServiceUrl = serviceUrl,
        Locale = locale,
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("user-1", "User", RoleTypes.User),
        Recipient = new ChannelAccount("bot", "Bot", RoleTypes.Bot),
        MembersAdded = [new ChannelAccount("bot", "Bot"), new ChannelAccount("user-1", "User")],
        DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null,
        Timestamp = DateTimeOffset.UtcNow,
    };

    public static Activity Message(string conversationId, string text, string locale = "ja-JP", string serviceUrl = DefaultServiceUrl, bool expectReplies = true) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "emulator",
        ServiceUrl = serviceUrl,
        Locale = locale,
        Text = text,
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("user-1", "User", RoleTypes.User),
        Recipient = new ChannelAccount("bot", "Bot", RoleTypes.Bot),
        DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null,
        Timestamp = DateTimeOffset.UtcNow,
    };
}
