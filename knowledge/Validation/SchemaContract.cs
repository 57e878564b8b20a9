using System.Text.Json;
using System.Text.Json.Nodes;

namespace SupportBot.Knowledge.Validation;

/// <summary>
/// Writes the code's side of the contract into the schemas, so an editor completes every message key the bot uses
/// with the placeholders each may hold (messages.schema.json), and the ids the code picks by name (rejections,
/// failure causes). `dotnet run --project knowledge -- schemas` regenerates; a test fails while they differ.
/// </summary>
public static class SchemaContract
{
    /// <summary>Each schema file the contract writes into, and how: file name → new text from the old.</summary>
    public static IReadOnlyDictionary<string, Func<string, string>> Writers { get; } = new Dictionary<string, Func<string, string>>(StringComparer.Ordinal)
    {
        ["messages.schema.json"] = Messages,
        ["rejections.schema.json"] = text => Ids(text, ["properties", "rejections", "items", "properties", "id"], RejectionIds.All),
        ["failures.schema.json"] = text => Ids(text, ["properties", "causes", "items", "properties", "id"], FailureCauseIds.All),
        ["decision-rules.schema.json"] = text => Ids(text, ["properties", "rules", "items", "properties", "failure_causes", "items"], FailureCauseIds.All),
    };

    /// <summary>The ids the code picks by name, offered for completion (others may be added, these must stay).</summary>
    public static string Ids(string schemaText, IReadOnlyList<string> path, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(schemaText);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(ids);
        var schema = JsonNode.Parse(schemaText)!.AsObject();
        var node = path.Aggregate((JsonNode)schema, (at, name) => at[name]!).AsObject();
        node["examples"] = new JsonArray([.. ids.Select(id => (JsonNode)JsonValue.Create(id)!)]);
        node["description"] = $"ボットが名前で使う id（消したり変えたりしないでください）: {string.Join(", ", ids)} / Ids the bot picks by name (keep them): {string.Join(", ", ids)}";
        return schema.ToJsonString(Indented) + "\n";
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The messages schema with the contract's keys, from the schema as written (its other parts kept).</summary>
    public static string Messages(string schemaText)
    {
        ArgumentNullException.ThrowIfNull(schemaText);
        var schema = JsonNode.Parse(schemaText)!.AsObject();
        var messages = schema["properties"]!["messages"]!.AsObject();
        var value = messages["additionalProperties"]!;
        var properties = new JsonObject();
        foreach (var key in MessageKeys.All)
        {
            var entry = value.DeepClone().AsObject();
            var placeholders = key.Params.Count == 0 ? "なし / none" : string.Join(", ", key.Params.Select(p => "{" + p + "}"));
            entry["description"] = $"ボットが使う文言です（キーは変えないでください）。差し込み項目: {placeholders} / Said by the bot (keep the key). Placeholders: {placeholders}";
            if (key.Params.Count > 0)
            {
                var parameters = entry["properties"]!["params"]!.AsObject();
                parameters["items"] = new JsonObject { ["enum"] = new JsonArray([.. key.Params.Select(p => (JsonNode)JsonValue.Create(p)!)]) };
            }

            properties[key.Name] = entry;
        }

        messages["properties"] = properties;
        return schema.ToJsonString(Indented) + "\n";
    }
}
