using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Escalation;

namespace SupportBot.Dialogs.Benchmarks;

/// <summary>MainDialog needs an escalation service (the host's lives in bot/); the benchmarked conversation never escalates.</summary>
public sealed class UnusedEscalationService : IEscalationService
{
    public Task<EscalationReceipt> EscalateAsync(ITurnContext turnContext, EscalationRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The benchmarked conversation ends solved; it never escalates.");
}
