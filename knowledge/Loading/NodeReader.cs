using System.Globalization;
using System.Text.Json.Nodes;
using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Loading;

/// <summary>Reads typed values out of a schema-checked file, reporting semantic problems at the right line.</summary>
internal sealed class NodeReader
{
    private readonly List<KnowledgeError> _errors;

    private readonly ContentContext? _content;

    /// <param name="content">
    /// For content files: the numbers filled into texts ({recontact_after_hours}) and the texts a `see:` may name;
    /// null for messages, whose placeholders the code fills.
    /// </param>
    public NodeReader(SourceFile file, JsonNode? node, string pointer, List<KnowledgeError> errors, ContentContext? content = null)
    {
        File = file;
        Node = node;
        Pointer = pointer;
        _errors = errors;
        _content = content;
    }

    public SourceFile File { get; }

    public JsonNode? Node { get; }

    public string Pointer { get; }

    public int Line => File.PositionOf(Pointer).Line;

    public static NodeReader Root(SourceFile file, List<KnowledgeError> errors, ContentContext? content = null) =>
        new(file, file.Root, string.Empty, errors, content);

    public NodeReader this[string name] =>
        new(File, (Node as JsonObject)?[name], Pointer + "/" + YamlToJson.Escape(name), _errors, _content);

    public bool Has(string name) => Node is JsonObject obj && obj[name] is not null;

    public IEnumerable<NodeReader> Items(string name)
    {
        var child = this[name];
        if (child.Node is not JsonArray array)
        {
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            yield return new NodeReader(File, array[i], child.Pointer + "/" + i.ToString(CultureInfo.InvariantCulture), _errors, _content);
        }
    }

    public IEnumerable<(string Key, NodeReader Value)> Properties()
    {
        if (Node is not JsonObject obj)
        {
            yield break;
        }

        foreach (var (key, value) in obj)
        {
            yield return (key, new NodeReader(File, value, Pointer + "/" + YamlToJson.Escape(key), _errors, _content));
        }
    }

    public string String(string name) => this[name].Node?.ToString() ?? string.Empty;

    public string? OptionalString(string name) => this[name].Node?.ToString();

    public int? Int(string name) => this[name].Node is JsonValue value && value.TryGetValue<long>(out var number) ? (int)number : null;

    public bool Bool(string name) => this[name].Node is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    public IReadOnlyList<string> Strings(string name) =>
        this[name].Node is JsonArray array ? array.Select(n => n?.ToString() ?? string.Empty).ToArray() : [];

    /// <summary>Ids given either as one value or as a list.</summary>
    public IReadOnlyList<string> OneOrMany(string name) => this[name].Node switch
    {
        JsonArray array => array.Select(n => n?.ToString() ?? string.Empty).ToArray(),
        JsonValue value => [value.ToString()],
        _ => [],
    };

    public LocalizedText Text(string name) => this[name].AsText();

    public LocalizedText? OptionalText(string name) => Has(name) ? Text(name) : null;

    public IReadOnlyList<LocalizedText> Texts(string name) => Items(name).Select(i => i.AsText()).ToArray();

    public TableRow Row(params string[] columns) => new(columns.Select(Text).ToArray());

    public IReadOnlyList<TableRow> Rows(string name, params string[] columns) => Items(name).Select(i => i.Row(columns)).ToArray();

    public LocalizedText AsText()
    {
        if (_content is not null && Has("see"))
        {
            return _content.See(this, String("see"));
        }

        var ja = this["ja"].Node?.ToString() ?? string.Empty;
        var en = this["en"].Node?.ToString() ?? string.Empty;
        // A blank text is reported on its own line; a missing one on the line of the text it belongs to.
        if (string.IsNullOrWhiteSpace(ja))
        {
            (Has("ja") ? this["ja"] : this).Error(ValidationMessages.MissingTranslation("ja"));
        }

        if (string.IsNullOrWhiteSpace(en))
        {
            (Has("en") ? this["en"] : this).Error(ValidationMessages.MissingTranslation("en"));
        }

        return _content is null ? new LocalizedText(ja, en) : new LocalizedText(Fill(ja, "ja"), Fill(en, "en"));
    }

    /// <summary>True for a {ja, en} text or a `see:` naming one (as opposed to a list, a table row or a group).</summary>
    public bool IsText => Node is JsonObject obj && ((obj.ContainsKey("ja") && obj.ContainsKey("en")) || (_content is not null && obj.ContainsKey("see")));

    /// <summary>The top-level key this node is under: the section it belongs to.</summary>
    public string Section => File.Kind + "." + (Pointer.Length > 1 ? Pointer.Split('/')[1] : string.Empty);

    // A threshold is written once, as a number; a text names it so a changed number changes the words too.
    private string Fill(string text, string language)
    {
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        var thresholds = _content!.Thresholds;
        foreach (var name in MessageCatalog.PlaceholdersIn(text).Where(n => !thresholds.ContainsKey(n)).Distinct())
        {
            (Has(language) ? this[language] : this).Error(ValidationMessages.UnknownThreshold(name, thresholds.Keys));
        }

        return MessageCatalog.Format(text, [.. thresholds.Select(kv => (kv.Key, kv.Value))]);
    }

    public Phrases AsPhrases() => new(this.Strings("ja"), this.Strings("en"));

    public void Error((string Ja, string En) message) => _errors.Add(File.Error(Pointer, message));
}
