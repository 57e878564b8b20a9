using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SupportBot.Bot.Messages;

/// <summary>
/// Newtonsoft contracts for Bot Framework activities as the Bot Framework writes them, minus one cost: the schema puts
/// its (internal) AttachmentMemoryStreamConverter on <c>Attachment.Content</c>, which walks every card's object graph by
/// reflection on every write looking for a MemoryStream to inline. This bot's cards are plain objects and incoming
/// files arrive as contentUrl, never as streams; the scan was a twentieth of a turn's CPU (transcript, expectReplies
/// body, Direct Line log). A stream, should one ever appear, is then written as its public properties, not as bytes.
/// </summary>
public sealed class ActivityContractResolver : DefaultContractResolver
{
    // Internal to Microsoft.Bot.Schema, so recognised by name.
    private const string MemoryStreamConverter = "Microsoft.Bot.Schema.Converters.AttachmentMemoryStreamConverter";

    public static ActivityContractResolver Instance { get; } = new();

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (property.Converter?.GetType().FullName == MemoryStreamConverter)
        {
            property.Converter = null;
        }

        return property;
    }
}
