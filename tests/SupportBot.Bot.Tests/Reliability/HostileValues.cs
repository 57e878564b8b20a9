using System.Text.Json.Nodes;
using CsCheck;

namespace SupportBot.Bot.Tests.Reliability;

/// <summary>Generators of values a careless or hostile client puts into JSON: wrong types, odd text, deep nesting.</summary>
public static class HostileValues
{
    public static readonly string[] OddTexts =
    [
        "", " ", "\0", "\u0001\u0002\u001b[31m", "\r\n\t", "😀🙏🏽👨‍👩‍👧", "\uD800", "\uDFFF\uD800", "\u202Eevil", "\u200B\u200D\uFEFF",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}", "${jndi:ldap://127.0.0.1/}", "'; DROP TABLE bot_state; --",
        "../../etc/passwd", "%00", "２５０－１２３４５６７－１２３４５６７", "ｷｬﾝｾﾙ", "null", "[]", "{}", "\\", "\"",
    ];

    public static readonly Gen<string> Text = Gen.OneOf<string>(
        Gen.OneOf(OddTexts),
        Gen.String[0, 60],
        Gen.String[Gen.Char['\0', '\uFFFF'], 0, 40]);

    /// <summary>Any JSON value, nested up to <paramref name="depth"/>.</summary>
    public static Gen<JsonNode?> Value(int depth = 2)
    {
        var leaves = Gen.OneOf<JsonNode?>(
            Gen.Const(() => (JsonNode?)null),
            Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            Gen.Long.Select(l => (JsonNode?)JsonValue.Create(l)),
            Gen.Double.Where(double.IsFinite).Select(d => (JsonNode?)JsonValue.Create(d)),
            Text.Select(s => (JsonNode?)JsonValue.Create(s)));
        if (depth == 0)
        {
            return leaves;
        }

        var inner = Value(depth - 1);
        return Gen.Frequency<JsonNode?>(
            (4, leaves),
            (1, inner.Array[0, 4].Select(items => (JsonNode?)new JsonArray([.. items.Select(i => i?.DeepClone())]))),
            (1, Gen.Select(Text.Array[0, 4], inner.Array[4], (keys, values) => (JsonNode?)ObjectOf(keys, values))));
    }

    private static JsonObject ObjectOf(string[] keys, JsonNode?[] values)
    {
        var result = new JsonObject();
        for (var i = 0; i < keys.Length; i++)
        {
            result[keys[i]] = values[i]?.DeepClone();
        }

        return result;
    }
}
