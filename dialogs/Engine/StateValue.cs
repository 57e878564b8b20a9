using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SupportBot.Dialogs.Engine;

/// <summary>Reads persisted values back whether the storage kept their types or returned plain JSON.</summary>
public static class StateValue
{
    public static T? Convert<T>(object? value)
    {
        switch (value)
        {
            case null:
                return default;
            case T typed:
                return typed;
            case JToken token:
                return token.Type == JTokenType.Null ? default : token.ToObject<T>();
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target) && !target.IsEnum)
        {
            return (T)System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        return JToken.FromObject(value).ToObject<T>();
    }

    public static int ToInt32(object? value) =>
        value is null ? 0 : System.Convert.ToInt32(value is JValue jv ? jv.Value : value, CultureInfo.InvariantCulture);

    /// <summary>Returns the typed value stored under key, converting and storing it back so later mutations persist.</summary>
    internal static T? GetTyped<T>(IDictionary<string, object?> state, string key)
        where T : class
    {
        if (!state.TryGetValue(key, out var raw) || raw is null)
        {
            return null;
        }

        if (raw is T typed)
        {
            return typed;
        }

        var converted = Convert<T>(raw);
        state[key] = converted;
        return converted;
    }

    internal static object? ValueOrNull(this IDictionary<string, object?> state, string key) =>
        state.TryGetValue(key, out var value) ? value : null;

    internal static IDictionary<string, object?> GetDictionary(IDictionary<string, object?> state, string key)
    {
        if (state.TryGetValue(key, out var raw) && raw is IDictionary<string, object?> existing)
        {
            return existing;
        }

        var dictionary = GetTyped<Dictionary<string, object?>>(state, key) ?? new Dictionary<string, object?>();
        state[key] = dictionary;
        return dictionary;
    }
}
