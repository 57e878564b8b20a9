using Polly;

namespace SupportBot.Dialogs.Orders;

/// <summary>
/// The one resilience pipeline of calls to the order system (Polly): a time-out on the injected clock. No retry: a
/// customer waiting in the chat is better served by being asked than by a second wait.
/// </summary>
public static class OrderSystemResilience
{
    public static ResiliencePipeline Create(TimeSpan timeout, TimeProvider time) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddTimeout(timeout)
            .Build();
}
