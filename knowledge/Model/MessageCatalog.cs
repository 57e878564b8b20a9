using System.Text;

namespace SupportBot.Knowledge;

/// <summary>Every prompt and message the bot says, by stable dotted key, with {placeholder} substitution.</summary>
public sealed class MessageCatalog
{
    private readonly IReadOnlyDictionary<string, MessageTemplate> _templates;

    public MessageCatalog(IReadOnlyDictionary<string, MessageTemplate> templates) => _templates = templates;

    public IReadOnlyCollection<string> Keys => (IReadOnlyCollection<string>)_templates.Keys;

    public bool Contains(string key) => _templates.ContainsKey(key);

    public MessageTemplate Template(string key) =>
        _templates.TryGetValue(key, out var template)
            ? template
            : throw new KeyNotFoundException($"No message '{key}' in the knowledge files (messages.yaml).");

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/> with its placeholders filled.</summary>
    /// <exception cref="KeyNotFoundException">The key is not in the content: a programming error caught by tests.</exception>
    public string Text(string key, string language, params (string Name, string Value)[] args) =>
        Format(Template(key).Text.For(language), args);

    /// <summary>Replaces {name} by its value; {{ and }} stand for literal braces; unknown names stay as written.</summary>
    public static string Format(string text, IReadOnlyList<(string Name, string Value)> args)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(args);
        if (text.IndexOf('{', StringComparison.Ordinal) < 0 && text.IndexOf('}', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                result.Append(c);
                i++;
                continue;
            }

            var end = c == '{' ? text.IndexOf('}', i + 1) : -1;
            if (end < 0)
            {
                result.Append(c);
                continue;
            }

            var name = text.AsSpan(i + 1, end - i - 1);
            var replaced = false;
            foreach (var (argName, value) in args)
            {
                if (name.SequenceEqual(argName))
                {
                    result.Append(value);
                    replaced = true;
                    break;
                }
            }

            if (!replaced)
            {
                result.Append(text, i, end - i + 1);
            }

            i = end;
        }

        return result.ToString();
    }

    /// <summary>The placeholder names a text uses ({{ and }} are not placeholders).</summary>
    public static IReadOnlyList<string> PlaceholdersIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '{')
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                i++;
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            if (end < 0)
            {
                break;
            }

            names.Add(text.Substring(i + 1, end - i - 1));
            i = end;
        }

        return names;
    }
}
