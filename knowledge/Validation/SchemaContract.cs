using System.Text.Json;
using System.Text.Json.Nodes;

namespace SupportBot.Knowledge.Validation;

/// <summary>
/// Writes the code's side of the contract into the schemas, so an editor completes every message key the bot uses
/// and the placeholders each may hold: messages.schema.json lists each key of <see cref="MessageKeys"/> with its
/// placeholders. `dotnet run --project knowledge -- schemas` regenerates; a test fails while they differ.
/// </summary>
public static class SchemaContract
{
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
