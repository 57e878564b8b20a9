using System.Globalization;
using System.Text.Json;

namespace SupportBot.Understanding.Clu;

/// <summary>
/// Reads a 200 answer of analyze-conversations, conversation- or orchestration-shaped, into a
/// <see cref="CluPrediction"/>. Anything not in the contract's shape is a <see cref="CluFailure.MalformedResponse"/>.
/// </summary>
internal static class CluResponseParser
{
    public static CluPrediction Parse(BinaryData body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToMemory());
            var result = Required(document.RootElement, "result", JsonValueKind.Object);
            var query = Optional(result, "query")?.GetString() ?? string.Empty;
            var prediction = Required(result, "prediction", JsonValueKind.Object);
            return ParsePrediction(query, prediction, prediction.Clone());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw new CluException(CluFailure.MalformedResponse, 200, null, "CLU answered 200 with a body that is not an analyze-conversations result.", ex);
        }
    }

    private static CluPrediction ParsePrediction(string query, JsonElement prediction, JsonElement raw)
    {
        var intents = Optional(prediction, "intents") ?? throw new JsonException("prediction.intents is missing.");
        return intents.ValueKind switch
        {
            JsonValueKind.Array => Conversation(query, prediction, intents, raw),
            JsonValueKind.Object => Orchestration(query, intents, raw),
            _ => throw new JsonException("prediction.intents is neither an array nor an object."),
        };
    }

    private static CluPrediction Conversation(string query, JsonElement prediction, JsonElement intents, JsonElement raw)
    {
        var scored = intents.EnumerateArray()
            .Select(i => new CluIntent(RequiredString(i, "category"), Score(i)))
            .ToList();
        var entities = Optional(prediction, "entities") is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(Entity).ToList()
            : [];
        return new CluPrediction(query, CluPrediction.ConversationKind, Top(scored), scored, entities, raw);
    }

    // Only the top target carries a result; when it is a conversation project its intents are the useful ones.
    private static CluPrediction Orchestration(string query, JsonElement targets, JsonElement raw)
    {
        var scored = targets.EnumerateObject()
            .Select(t => new CluIntent(t.Name, Score(t.Value)))
            .ToList();
        var top = Top(scored);
        if (top.Length > 0
            && targets.GetProperty(top) is var target
            && Optional(target, "targetProjectKind")?.GetString() == CluPrediction.ConversationKind
            && Optional(target, "result") is { ValueKind: JsonValueKind.Object } inner
            && Optional(inner, "prediction") is { ValueKind: JsonValueKind.Object } innerPrediction)
        {
            var conversation = ParsePrediction(query, innerPrediction, raw);
            return conversation with { ProjectKind = CluPrediction.OrchestrationKind };
        }

        return new CluPrediction(query, CluPrediction.OrchestrationKind, top, scored, [], raw);
    }

    // The contract: compute the top intent from the scores, never trust the order of the list.
    private static string Top(List<CluIntent> intents) =>
        intents.Count == 0 ? string.Empty : intents.MaxBy(i => i.ConfidenceScore)!.Category;

    private static CluEntity Entity(JsonElement entity)
    {
        var extra = Optional(entity, "extraInformation") is { ValueKind: JsonValueKind.Array } items
            ? items.EnumerateArray()
                .Select(e => new CluExtraInformation(
                    Optional(e, "extraInformationKind")?.GetString() ?? string.Empty,
                    Optional(e, "key")?.GetString(),
                    Optional(e, "value")?.GetString()))
                .ToList()
            : [];
        return new CluEntity(
            RequiredString(entity, "category"),
            Optional(entity, "text")?.GetString() ?? string.Empty,
            Required(entity, "offset", JsonValueKind.Number).GetInt32(),
            Required(entity, "length", JsonValueKind.Number).GetInt32(),
            Score(entity),
            extra);
    }

    private static double Score(JsonElement element) =>
        Optional(element, "confidenceScore") switch
        {
            { ValueKind: JsonValueKind.Number } number => number.GetDouble(),
            { ValueKind: JsonValueKind.String } text => double.Parse(text.GetString()!, CultureInfo.InvariantCulture),
            null => 0,
            _ => throw new JsonException("confidenceScore is not a number."),
        };

    private static string RequiredString(JsonElement element, string name) =>
        Required(element, name, JsonValueKind.String).GetString()!;

    private static JsonElement Required(JsonElement element, string name, JsonValueKind kind) =>
        Optional(element, name) is { } value && value.ValueKind == kind
            ? value
            : throw new JsonException($"'{name}' is missing or not {kind}.");

    private static JsonElement? Optional(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;
}
