using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using SupportBot.Bot.Activities;

using SupportBot.Bot.Storage;
namespace SupportBot.Bot.Turns.Transcripts;

/// <summary>
/// Records the incoming activity and everything the bot sends, masked, before the turn ends. Bot Builder's
/// TranscriptLoggerMiddleware writes fire-and-forget, so a conversation's lines could land out of order;
/// awaiting inside the turn lock keeps each transcript in the order the customer saw it.
/// </summary>
public sealed class TranscriptMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private readonly ITranscriptRepository _repository;
    private readonly TimeProvider _clock;
    private readonly ILogger<TranscriptMiddleware> _logger;
    private readonly StoreMetrics _metrics;

    public TranscriptMiddleware(ITranscriptRepository repository, TimeProvider clock, ILogger<TranscriptMiddleware> logger, StoreMetrics metrics)
    {
        _repository = repository;
        _clock = clock;
        _logger = logger;
        _metrics = metrics;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (ConversationKey.Of(turnContext.Activity) is not { } conversation)
        {
            await next(cancellationToken);
            return;
        }

        // Serialized when seen: a handler may still change an activity object after it was sent.
        var lines = new List<UnmaskedTranscriptLine> { Line(turnContext.Activity) };
        turnContext.TurnState.Set(new PendingTranscript(lines));
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            lock (lines)
            {
                lines.AddRange(activities.Select(Line));
            }

            return await nextSend();
        });

        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await WriteAsync(conversation, lines);
        }
    }

    private UnmaskedTranscriptLine Line(Activity activity) =>
        new(activity.Id, _clock.GetUtcNow(), ActivityJson.Serialize(activity));

    private async Task WriteAsync(ConversationKey conversation, List<UnmaskedTranscriptLine> lines)
    {
        try
        {
            // The whole turn in one transaction: one write lock and one commit instead of one per activity.
            await _repository.AppendRangeAsync(conversation, lines, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A lost transcript line must never cost the customer their answer.
            TurnLog.TranscriptWriteFailed(_logger, ex, conversation.ConversationId);
            _metrics.Failed("transcript_write");
        }
    }
}
