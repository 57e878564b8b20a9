using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace SupportBot.Bot.Escalation.Webhook;

/// <summary>
/// The webhook's resilience pipeline (Polly), in one place: each attempt limited to <see cref="WebhookOptions.TimeoutSeconds"/>,
/// up to <see cref="WebhookOptions.MaxAttempts"/> attempts, waits doubling from <see cref="WebhookOptions.InitialDelayMilliseconds"/>
/// (no jitter: one sender, and testers read the status), all on the injected clock. An attempt's result is its outcome
/// text ("delivered 200", "HTTP 500", "unreachable: …"); anything but delivered is tried again.
/// </summary>
public static class WebhookResilience
{
    public const string TimedOut = "timed out";

    public static ResiliencePipeline<string> Create(WebhookOptions options, TimeProvider time, Func<int, string, ValueTask> onRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ResiliencePipelineBuilder<string> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<string>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is TimeoutRejectedException || (args.Outcome.Result is { } result && !IsDelivered(result))),
                MaxRetryAttempts = options.MaxAttempts - 1,
                Delay = TimeSpan.FromMilliseconds(options.InitialDelayMilliseconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                OnRetry = args => onRetry(args.AttemptNumber + 1, args.Outcome.Result ?? TimedOut),
            })
            .AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds))
            .Build();
    }

    public static bool IsDelivered(string outcome) => outcome.StartsWith("delivered", StringComparison.Ordinal);
}
