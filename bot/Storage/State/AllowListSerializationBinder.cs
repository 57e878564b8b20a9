using System.Reflection;
using Newtonsoft.Json.Serialization;

namespace SupportBot.Bot.Storage.State;

/// <summary>
/// Lets stored JSON name only our own types, Bot Framework types and plain System values and collections,
/// so a tampered "$type" cannot instantiate anything else (the classic TypeNameHandling gadget attack).
/// </summary>
public sealed class AllowListSerializationBinder : ISerializationBinder
{
    private static readonly HashSet<string> CoreAssemblies =
        new(StringComparer.Ordinal) { "System.Private.CoreLib", "mscorlib", "System.Runtime", "System.Collections", "netstandard" };

    private static readonly HashSet<Type> SystemValueTypes =
    [
        typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort),
        typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal),
        typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid), typeof(Uri), typeof(object),
        typeof(DateOnly), typeof(TimeOnly), typeof(Nullable<>),
    ];

    // Short names for the types dialog state is made of, so "$type" costs a few bytes instead of ~130 each.
    private static readonly Dictionary<string, Type> Aliases = new(StringComparer.Ordinal)
    {
        ["dict"] = typeof(Dictionary<string, object>),
        ["list"] = typeof(List<object>),
    };

    private static readonly Dictionary<Type, string> AliasOf = Aliases.ToDictionary(a => a.Value, a => a.Key);

    private readonly DefaultSerializationBinder _inner = new();

    public static AllowListSerializationBinder Instance { get; } = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        if (assemblyName is null && Aliases.TryGetValue(typeName, out var aliased))
        {
            return aliased;
        }

        // Check the assembly name before resolving, so a hostile name never even loads an assembly.
        if (assemblyName is not null && !IsAllowedAssemblyName(assemblyName))
        {
            throw new DisallowedStoredTypeException(typeName, assemblyName);
        }

        var type = _inner.BindToType(assemblyName, typeName);
        if (!IsAllowed(type))
        {
            throw new DisallowedStoredTypeException(typeName, assemblyName);
        }

        return type;
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        if (AliasOf.TryGetValue(serializedType, out var alias))
        {
            assemblyName = null;
            typeName = alias;
            return;
        }

        _inner.BindToName(serializedType, out assemblyName, out typeName);
    }

    public static bool IsAllowed(Type type)
    {
        if (type.IsArray)
        {
            return IsAllowed(type.GetElementType()!);
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            return IsAllowed(type.GetGenericTypeDefinition()) && type.GetGenericArguments().All(IsAllowed);
        }

        var assembly = type.Assembly.GetName().Name ?? string.Empty;
        if (IsOurs(assembly))
        {
            return true;
        }

        return SystemValueTypes.Contains(type) || IsPlainCollection(type);
    }

    private static bool IsAllowedAssemblyName(string assemblyName)
    {
        var simpleName = new AssemblyName(assemblyName).Name ?? string.Empty;
        return IsOurs(simpleName) || CoreAssemblies.Contains(simpleName);
    }

    private static bool IsOurs(string assembly) =>
        assembly.StartsWith("SupportBot.", StringComparison.Ordinal) ||
        assembly.StartsWith("Microsoft.Bot.", StringComparison.Ordinal);

    private static bool IsPlainCollection(Type type) =>
        type.Namespace is "System.Collections.Generic" or "System.Collections.ObjectModel" &&
        (type.IsGenericTypeDefinition || type.IsGenericType) &&
        !type.IsAbstract && !type.IsInterface;
}
