using SupportBot.Knowledge.Validation;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace SupportBot.Knowledge.Loading;

/// <summary>Checks a file against the JSON Schema it names, and turns the results into positioned bilingual errors.</summary>
internal static partial class SchemaValidator
{
    private static readonly ConcurrentDictionary<string, (DateTime Written, JsonSchema Schema, IReadOnlyList<string> Keys)> Cache = new(StringComparer.Ordinal);

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical };

    // Lower rank wins when several keywords fail at the same place: the most specific message first.
    private static readonly string[] KeywordRank =
        ["false", "additionalProperties", "required", "enum", "const", "type", "minimum", "minLength", "minItems", "pattern", "uniqueItems", "propertyNames"];

    public static (JsonSchema Schema, IReadOnlyList<string> Keys) Load(string schemaPath)
    {
        var written = File.GetLastWriteTimeUtc(schemaPath);
        if (Cache.TryGetValue(schemaPath, out var cached) && cached.Written == written)
        {
            return (cached.Schema, cached.Keys);
        }

        // Each build gets its own registry: reloading the same schema must not collide with the last one.
        var text = File.ReadAllText(schemaPath);
        var schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        CollectPropertyNames(JsonNode.Parse(text), keys);
        Cache[schemaPath] = (written, schema, keys.ToArray());
        return (schema, keys.ToArray());
    }

    public static void Validate((JsonSchema Schema, IReadOnlyList<string> Keys) schema, SourceFile file, List<KnowledgeError> errors)
    {
        var (jsonSchema, knownKeys) = schema;
        var element = JsonSerializer.SerializeToElement(file.Root);
        var results = jsonSchema.Evaluate(element, Options);
        if (results.IsValid)
        {
            return;
        }

        var failures = new List<(string Pointer, string Keyword, string Message)>();
        Collect(results, failures);

        foreach (var group in failures.GroupBy(f => f.Pointer))
        {
            var best = group
                .OrderBy(f => Rank(f.Keyword))
                .First();
            foreach (var message in Describe(best, file, knownKeys))
            {
                errors.Add(message);
            }
        }
    }

    private static void Collect(EvaluationResults results, List<(string, string, string)> failures)
    {
        if (results.Errors is { Count: > 0 } errs)
        {
            var instance = results.InstanceLocation.ToString();
            var path = results.EvaluationPath.ToString();
            var last = path[(path.LastIndexOf('/') + 1)..];
            foreach (var (keyword, message) in errs)
            {
                failures.Add((instance, string.IsNullOrEmpty(keyword) ? last : keyword, message));
            }
        }

        // A passing node (such as the matching branch of a oneOf) may hold failing children: they are not problems.
        if (results.Details is { } details)
        {
            foreach (var detail in details.Where(d => !d.IsValid))
            {
                Collect(detail, failures);
            }
        }
    }

    private static int Rank(string keyword)
    {
        var index = Array.IndexOf(KeywordRank, keyword);
        return index < 0 ? KeywordRank.Length : index;
    }

    private static IEnumerable<KnowledgeError> Describe((string Pointer, string Keyword, string Message) failure, SourceFile file, IReadOnlyList<string> knownKeys)
    {
        var (pointer, keyword, message) = failure;
        var name = Unescape(pointer[(pointer.LastIndexOf('/') + 1)..]);
        switch (keyword)
        {
            case "false":
            case "additionalProperties":
                yield return file.Error(pointer, ValidationMessages.UnknownKey(name, Closest(name, knownKeys)));
                break;
            case "required":
                var node = Find(file.Root, pointer) as JsonObject;
                foreach (var missing in QuotedNames().Matches(message).Select(m => m.Groups[1].Value).Distinct())
                {
                    if (node is not null && node.ContainsKey(missing))
                    {
                        continue;
                    }

                    yield return file.Error(pointer, missing is "ja" or "en"
                        ? ValidationMessages.MissingTranslation(missing)
                        : ValidationMessages.MissingKey(missing));
                }

                break;
            case "minimum":
            case "exclusiveMinimum":
                yield return file.Error(pointer, ValidationMessages.TooSmall($"{name}: {message}"));
                break;
            case "minLength":
                if (name is "ja" or "en")
                {
                    yield return file.Error(pointer, ValidationMessages.MissingTranslation(name));
                }
                else
                {
                    yield return file.Error(pointer, ValidationMessages.Empty());
                }

                break;
            case "minItems":
                yield return file.Error(pointer, ValidationMessages.Empty());
                break;
            case "type":
                yield return file.Error(pointer, name is "ja" or "en" && Find(file.Root, pointer) is null
                    ? ValidationMessages.MissingTranslation(name)
                    : ValidationMessages.WrongType($"{name}: {message}"));
                break;
            case "enum":
            case "const":
            case "oneOf":
            case "anyOf":
                yield return file.Error(pointer, ValidationMessages.NotAllowedValue($"{name}: {message}"));
                break;
            case "pattern":
            case "propertyNames":
                yield return file.Error(pointer, ValidationMessages.BadFormat($"{name}: {message}"));
                break;
            case "uniqueItems":
                yield return file.Error(pointer, ValidationMessages.DuplicateItems());
                break;
            default:
                yield return file.Error(pointer, ValidationMessages.SchemaOther(keyword, message));
                break;
        }
    }

    /// <summary>Every key the schema declares anywhere, for "did you mean" suggestions.</summary>
    private static void CollectPropertyNames(JsonNode? node, ISet<string> keys)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "properties" && value is JsonObject properties)
                    {
                        foreach (var (name, _) in properties)
                        {
                            keys.Add(name);
                        }
                    }

                    CollectPropertyNames(value, keys);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectPropertyNames(item, keys);
                }

                break;
        }
    }

    /// <summary>The declared key nearest to a misspelt one (edit distance 2 at most), if any.</summary>
    private static string? Closest(string name, IReadOnlyList<string> keys) =>
        keys.Select(k => (Key: k, Distance: Distance(name, k)))
            .Where(k => k.Distance <= 2 && k.Key != name)
            .OrderBy(k => k.Distance)
            .Select(k => k.Key)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static JsonNode? Find(JsonNode? root, string pointer)
    {
        var node = root;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = Unescape(segment);
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(key, out var child) ? child : null,
                JsonArray array when int.TryParse(key, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }

    private static string Unescape(string segment) =>
        segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedNames();
}
