using Newtonsoft.Json;

namespace SupportBot.Bot.Storage.State;

/// <summary>
/// Newtonsoft settings for stored bot state: type names where the declared type is not the runtime type
/// (so dialog state comes back as its own types, like Bot Framework's storages), filtered by the allow-list binder.
/// </summary>
public static class StateJsonSerializer
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        // Auto rather than All: same round-trip for object-typed slots, far fewer "$type" bytes per conversation.
        TypeNameHandling = TypeNameHandling.Auto,
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Simple,
        SerializationBinder = AllowListSerializationBinder.Instance,
        NullValueHandling = NullValueHandling.Ignore,
        MaxDepth = 64,
    };

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, typeof(object), Settings);

    public static object? Deserialize(string json) => JsonConvert.DeserializeObject<object>(json, Settings);
}
