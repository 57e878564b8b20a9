using System.Text.Json.Nodes;
using CsCheck;

namespace SupportBot.Bot.Tests.Reliability;

/// <summary>Generated activity bodies: a valid one with fields removed or replaced by hostile values, sometimes cut short.</summary>
public static class ActivityMutations
{
    private static readonly string[] Fields =
    [
        "type", "id", "channelId", "serviceUrl", "text", "locale", "conversation", "from", "recipient", "deliveryMode",
        "value", "name", "attachments", "entities", "channelData", "timestamp", "textFormat", "membersAdded", "replyToId",
    ];

    // Never a reachable address: a mutated serviceUrl may be used for replies.
    private static readonly Gen<JsonNode?> ServiceUrls = Gen.OneOf(new JsonNode?[]
        { null, "http://127.0.0.1:9/", "ftp://127.0.0.1/", "not a url", "http://", "", 42, new JsonObject() });

    private enum Change
    {
        Keep,
        Remove,
        Replace,
    }

    /// <summary>A body for /api/messages (emulator channel) or Direct Line (webchat).</summary>
    public static Gen<string> Bodies(string channelId, string conversationId) =>
        Gen.Select(
            Gen.Enum<Change>().Array[Fields.Length],
            HostileValues.Value().Array[Fields.Length],
            ServiceUrls,
            Gen.Int[0, 9],
            Gen.Double[0, 1],
            (changes, values, serviceUrl, cut, cutAt) =>
            {
                var body = Valid(channelId, conversationId);
                for (var i = 0; i < Fields.Length; i++)
                {
                    switch (changes[i])
                    {
                        case Change.Remove:
                            body.Remove(Fields[i]);
                            break;
                        case Change.Replace:
                            body[Fields[i]] = Fields[i] == "serviceUrl" ? serviceUrl?.DeepClone() : values[i]?.DeepClone();
                            break;
                    }
                }

                var json = body.ToJsonString();
                return cut == 0 ? json[..(int)(json.Length * cutAt)] : json;
            });

    private static JsonObject Valid(string channelId, string conversationId) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = channelId,
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["text"] = "注文をキャンセルしたい",
        ["locale"] = "ja-JP",
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["from"] = new JsonObject { ["id"] = "user-1", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
        ["deliveryMode"] = "expectReplies",
    };
}
