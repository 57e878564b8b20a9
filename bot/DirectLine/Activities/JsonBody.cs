using System.Buffers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>A request body read as JSON, at most a given number of bytes; an empty body is <c>null</c> without a problem.</summary>
public sealed record JsonBody(JToken? Value, int StatusCode, string? Problem)
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
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return new JsonBody(null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {limit} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        if (buffer.Length == 0)
        {
            return new JsonBody(null, StatusCodes.Status200OK, null);
        }

        buffer.Position = 0;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(buffer)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            return new JsonBody(JToken.ReadFrom(reader), StatusCodes.Status200OK, null);
        }
        catch (JsonException)
        {
            return new JsonBody(null, StatusCodes.Status400BadRequest, "The request body is not valid JSON.");
        }
    }
}
