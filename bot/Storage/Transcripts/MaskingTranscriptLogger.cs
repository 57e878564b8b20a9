using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace SupportBot.Bot.Storage.Transcripts;

/// <summary>
/// Bot Builder's <see cref="ITranscriptLogger"/> over <see cref="ITranscriptRepository"/>, for
/// <see cref="TranscriptLoggerMiddleware"/>: every incoming and outgoing activity, masked, in order.
/// </summary>
public sealed class MaskingTranscriptLogger : ITranscriptLogger
{
    private static readonly JsonSerializerSettings ActivitySettings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        ReferenceLoopHandling = ReferenceLoopHandling.Ignore,
    };

    private readonly ITranscriptRepository _repository;
    private readonly TimeProvider _clock;
    private readonly ILogger<MaskingTranscriptLogger> _logger;

    public MaskingTranscriptLogger(ITranscriptRepository repository, TimeProvider clock, ILogger<MaskingTranscriptLogger> logger)
    {
        _repository = repository;
        _clock = clock;
        _logger = logger;
    }

    public async Task LogActivityAsync(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id ?? string.Empty;
        try
        {
            var json = JsonConvert.SerializeObject(activity, ActivitySettings);
            await _repository.AppendAsync(conversationId, activity.Id, _clock.GetUtcNow(), json, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A lost transcript line must never cost the customer their answer.
            StorageLog.TranscriptWriteFailed(_logger, ex, conversationId);
        }
    }
}
