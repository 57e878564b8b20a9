using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Hosting.Requests;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>A request body read as JSON, at most a given number of bytes; an empty body is <c>null</c> without a refusal.</summary>
public sealed record JsonBody(JToken? Value, Refusal? Refusal)
{
    /// <summary>The string at a property path (e.g. "user", "id"), or null when absent or not a string.</summary>
    public string? StringAt(params string[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var node = Value;
        foreach (var name in path)
        {
            node = (node as JObject)?[name];
        }

        return node?.Type == JTokenType.String ? node.Value<string>() : null;
    }

    public static async Task<JsonBody> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bytes = await BoundedBody.ReadAsync(request.Body, limit, cancellationToken);
        if (bytes is null)
        {
            return new JsonBody(null, new Refusal(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {limit} bytes."));
        }

        if (bytes.Length == 0)
        {
            return new JsonBody(null, null);
        }

        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(bytes))) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            return new JsonBody(JToken.ReadFrom(reader), null);
        }
        catch (JsonException)
        {
            return new JsonBody(null, new Refusal(StatusCodes.Status400BadRequest, "The request body is not valid JSON."));
        }
    }
}
