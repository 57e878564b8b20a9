namespace SupportBot.Dialogs.Prompts;

internal static class DictionaryExtensions
{
    public static object? ValueOrDefault(this IDictionary<string, object?> state, string key) =>
        state.TryGetValue(key, out var value) ? value : null;
}
