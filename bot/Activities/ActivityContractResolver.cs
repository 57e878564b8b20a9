using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SupportBot.Bot.Activities;

/// <summary>
/// Newtonsoft contracts for Bot Framework activities as the Bot Framework writes them, without the schema's stream scan
/// on <c>Attachment.Content</c> (reflection over every card on every write; bench/README.md has its cost): this bot's
/// cards are plain objects and files arrive as contentUrl. A stream, should one appear, is written as its properties.
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
