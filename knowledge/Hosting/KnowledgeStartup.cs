using Microsoft.Extensions.Hosting;

namespace SupportBot.Knowledge;

/// <summary>
/// Loads the knowledge files while the host starts, so a broken file stops the start-up with its
/// file:line:column errors instead of failing the first customer's turn.
/// </summary>
internal sealed class KnowledgeStartup(IKnowledgeBase knowledge) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = knowledge.Current;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
