using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using SupportBot.Bot.Turns.Recovery;

namespace SupportBot.Bot.Tests.Storage.TestSupport;

/// <summary>Stands in for the host's knowledge-based apology: records who was apologised to and sends a marker.</summary>
internal sealed class RecordingResetResponder : IStateResetResponder
{
    public const string Marker = "state-reset-apology";

    public ConcurrentQueue<string> Conversations { get; } = new();

    public async Task OnStateResetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Conversations.Enqueue(turnContext.Activity.Conversation.Id);
        await turnContext.SendActivityAsync(MessageFactory.Text(Marker), cancellationToken);
    }
}
