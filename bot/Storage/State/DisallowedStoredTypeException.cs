using Newtonsoft.Json;

namespace SupportBot.Bot.Storage.State;

/// <summary>Stored JSON named a type outside the allow-list; treated as corrupted state.</summary>
public sealed class DisallowedStoredTypeException : JsonSerializationException
{
    public DisallowedStoredTypeException()
    {
    }

    public DisallowedStoredTypeException(string message)
        : base(message)
    {
    }

    public DisallowedStoredTypeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DisallowedStoredTypeException(string typeName, string? assemblyName)
        : base($"Stored state names a type that is not allowed: '{typeName}, {assemblyName}'.")
    {
    }
}
