using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Bot.Operations.Metrics;
using SupportBot.Bot.Turns;
using SupportBot.Bot.Turns.Explanations;
using SupportBot.Bot.Turns.Logging;
using SupportBot.Bot.Turns.Ordering;
using SupportBot.Bot.Turns.Recovery;
using SupportBot.Bot.Turns.Transcripts;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace SupportBot.Bot.Pipeline;

/// <summary>
/// Every turn's middleware, outermost first, in the one place that orders them (SupportAdapter runs them in this order):
/// <list type="number">
/// <item>log scope (Turns/Logging): every log line of the turn carries its conversation and activity;</item>
/// <item>metrics (Operations/Metrics): the clock starts before the turn waits for its lock;</item>
/// <item>turn ordering (Turns/Ordering): one turn at a time per conversation, across processes, each applied once:
/// its state, processed record and replies committed in one transaction;</item>
/// <item>transcript (Turns/Transcripts): what was really processed, after the lock;</item>
/// <item>state recovery (Turns/Recovery): unreadable stored state is reset inside the transcript;</item>
/// <item>the error boundary (Turns/TurnErrorMiddleware): log, apologise, count the failure, all inside the turn
/// lock so recording it cannot race the conversation's next turn. The adapter's OnTurnError, the same
/// TurnErrorHandler, is only the backstop for a failure of the stages above it.</item>
/// <item>answer trace (Turns/Explanations): a message turn ends with a trace of what answered and why, for testers; it
/// watches the replies before the hold takes them;</item>
/// <item>reply hold (Turns/Ordering): the turn's replies wait for the ordering stage to commit them with the turn's
/// state and processed record, so a crash never leaves a turn applied without its replies.</item>
/// </list>
/// </summary>
public static class TurnPipeline
{
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services)
    {
        Add<TurnLogScopeMiddleware>(services);
        Add<TurnMetricsMiddleware>(services);
        Add<TurnOrderingMiddleware>(services);
        Add<TranscriptMiddleware>(services);
        Add<StateRecoveryMiddleware>(services);
        Add<TurnErrorMiddleware>(services);
        Add<AnswerTraceMiddleware>(services);
        Add<ReplyHoldMiddleware>(services);
        return services;
    }

    private static void Add<T>(IServiceCollection services)
        where T : class, IMiddleware =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, T>());
}
