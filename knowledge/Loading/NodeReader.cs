using System.Globalization;
using System.Text.Json.Nodes;
using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Loading;

/// <summary>Reads typed values out of a schema-checked file, reporting semantic problems at the right line.</summary>
internal sealed class NodeReader
{
    private readonly List<KnowledgeError> _errors;

    public NodeReader(SourceFile file, JsonNode? node, string pointer, List<KnowledgeError> errors)
    {
        File = file;
        Node = node;
        Pointer = pointer;
        _errors = errors;
    }

    public SourceFile File { get; }

    public JsonNode? Node { get; }

    public string Pointer { get; }

    public int Line => File.PositionOf(Pointer).Line;

    public static NodeReader Root(SourceFile file, List<KnowledgeError> errors) => new(file, file.Root, string.Empty, errors);

    public NodeReader this[string name] =>
        new(File, (Node as JsonObject)?[name], Pointer + "/" + YamlToJson.Escape(name), _errors);

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
            yield return new NodeReader(File, array[i], child.Pointer + "/" + i.ToString(CultureInfo.InvariantCulture), _errors);
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
            yield return (key, new NodeReader(File, value, Pointer + "/" + YamlToJson.Escape(key), _errors));
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

        return new LocalizedText(ja, en);
    }

    public Phrases AsPhrases() => new(this.Strings("ja"), this.Strings("en"));

    public void Error((string Ja, string En) message) => _errors.Add(File.Error(Pointer, message));
}
