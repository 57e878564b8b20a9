using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;

namespace SupportBot.Understanding.Clu;

/// <summary>Turns a CLU error answer into a <see cref="CluException"/>; the body may be anything a gateway sends.</summary>
internal static class CluErrorReader
{
    public static CluException ToException(Response response, DateTimeOffset now)
    {
        var (code, message) = ReadBody(response.Content);
        if (code is null && response.Headers.TryGetValue("x-ms-error-code", out var header))
        {
            code = header;
        }

        var failure = response.Status switch
        {
            401 or 403 => CluFailure.Unauthorized,
            404 => CluFailure.NotFound,
            408 => CluFailure.Timeout,
            429 => CluFailure.Throttled,
            >= 500 => CluFailure.ServerError,
            _ => CluFailure.BadRequest,
        };
        return new CluException(failure, response.Status, code, $"CLU answered {response.Status} {code}: {message ?? response.ReasonPhrase}")
        {
            RetryAfter = ServerDelay(response, now),
        };
    }

    // {"error":{"code":"...","message":"..."}}; a gateway may send a numeric code or no JSON at all.
    private static (string? Code, string? Message) ReadBody(BinaryData? content)
    {
        if (content is null || content.ToMemory().IsEmpty)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(content.ToMemory());
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error)
                || error.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var code = error.TryGetProperty("code", out var c)
                ? c.ValueKind == JsonValueKind.String ? c.GetString() : c.GetRawText()
                : null;
            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    /// <summary>retry-after-ms / x-ms-retry-after-ms in milliseconds, else Retry-After in seconds or as a date.</summary>
    internal static TimeSpan? ServerDelay(Response response, DateTimeOffset now)
    {
        foreach (var header in (string[])["retry-after-ms", "x-ms-retry-after-ms"])
        {
            if (response.Headers.TryGetValue(header, out var ms)
                && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds))
            {
                return TimeSpan.FromMilliseconds(milliseconds);
            }
        }

        if (!response.Headers.TryGetValue("Retry-After", out var retryAfter))
        {
            return null;
        }

        if (double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at - now
            : null;
    }
}
