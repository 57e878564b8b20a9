using Polly;
using Polly.Retry;

namespace SupportBot.Understanding.Clu;

/// <summary>
/// The CLU call's resilience pipeline (Polly), in one place, on the injected clock: one time budget for the whole
/// call (<see cref="CluOptions.TimeoutMilliseconds"/>) around up to <see cref="CluOptions.MaxRetries"/> retries of the
/// answers worth another try (408, 429, 5xx), exponential with jitter between the configured delays, or as long as the
/// service asks (Retry-After, retry-after-ms) unless that wait would pass the budget: then the turn falls back at once.
/// The circuit breaker (<see cref="CluCircuitBreaker"/>) is around all of it.
/// </summary>
public static class CluResilience
{
    /// <summary>When the call's budget ends, set on each call's context.</summary>
    public static readonly ResiliencePropertyKey<DateTimeOffset> Deadline = new("SupportBot.Clu.Deadline");

    public static ResiliencePipeline Create(CluOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder { TimeProvider = time }.AddTimeout(options.Timeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds),
                MaxDelay = TimeSpan.FromMilliseconds(options.MaxRetryDelayMilliseconds),
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is CluException { Retriable: true } failure
                    && (failure.RetryAfter is not { } wait
                        || !args.Context.Properties.TryGetValue(Deadline, out var deadline)
                        || time.GetUtcNow() + wait < deadline)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is CluException { RetryAfter: { } wait } ? wait : (TimeSpan?)null),
            });
        }

        return builder.Build();
    }
}
