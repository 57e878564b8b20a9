using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Operations.Metrics;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Turns;
using SupportBot.Bot.Turns.Explanations;
using SupportBot.Bot.Turns.Logging;
using SupportBot.Bot.Turns.Ordering;
using SupportBot.Bot.Turns.Recovery;
using SupportBot.Bot.Turns.Transcripts;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace SupportBot.Bot.Tests.Pipeline;

public sealed class TurnPipelineTests
{
    [Fact]
    public void The_host_runs_the_turn_middleware_in_the_pipeline_s_order_each_once()
    {
        using var factory = new SupportBotFactory();

        var types = factory.Services.GetRequiredService<IEnumerable<IMiddleware>>().Select(m => m.GetType()).ToList();

        Assert.Equal(
            [typeof(TurnLogScopeMiddleware), typeof(TurnMetricsMiddleware), typeof(TurnOrderingMiddleware), typeof(TranscriptMiddleware), typeof(StateRecoveryMiddleware), typeof(TurnErrorMiddleware), typeof(AnswerTraceMiddleware), typeof(ReplyHoldMiddleware)],
            types);
    }
}
