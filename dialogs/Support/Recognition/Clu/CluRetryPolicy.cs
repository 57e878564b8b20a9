using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace SupportBot.Dialogs.Recognition.Clu;

/// <summary>
/// Azure.Core's retry (exponential back-off with jitter, honouring Retry-After and retry-after-ms), except that a
/// server asking to wait past the call's deadline is not waited for: the turn falls back at once instead.
/// </summary>
internal sealed class CluRetryPolicy(int maxRetries, DelayStrategy delayStrategy, TimeProvider timeProvider)
    : RetryPolicy(maxRetries, delayStrategy)
{
    public const string DeadlineProperty = "SupportBot.Clu.Deadline";

    protected override bool ShouldRetry(HttpMessage message, Exception? exception) =>
        base.ShouldRetry(message, exception) && FitsBeforeDeadline(message);

    protected override async ValueTask<bool> ShouldRetryAsync(HttpMessage message, Exception? exception) =>
        await base.ShouldRetryAsync(message, exception).ConfigureAwait(false) && FitsBeforeDeadline(message);

    private bool FitsBeforeDeadline(HttpMessage message)
    {
        if (!message.HasResponse
            || ServerDelay(message.Response, timeProvider.GetUtcNow()) is not { } wait
            || !message.TryGetProperty(DeadlineProperty, out var value)
            || value is not DateTimeOffset deadline)
        {
            return true;
        }

        return timeProvider.GetUtcNow() + wait < deadline;
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
