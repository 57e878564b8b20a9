using Microsoft.Bot.Builder;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using SupportBot.Understanding.Language;

namespace SupportBot.Understanding.Clu;

/// <summary>
/// Recognizes with CLU when it answers, and with the offline recognizer for the turn when it does not (failure,
/// time-out, open circuit). Identical utterances reuse CLU's answer for <see cref="CluOptions.CacheSeconds"/>.
/// </summary>
public sealed class CluRecognizer : IIntentRecognizer
{
    /// <summary>CLU rejects longer utterances.</summary>
    public const int MaxUtteranceLength = 1_000;

    private readonly CluClient _client;
    private readonly OfflineRecognizer _offline;
    private readonly CluCircuitBreaker _breaker;
    private readonly IMemoryCache _cache;
    private readonly CluOptions _options;
    private readonly CluMetrics _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<CluRecognizer> _logger;

    public CluRecognizer(
        CluClient client,
        OfflineRecognizer offline,
        CluCircuitBreaker breaker,
        IMemoryCache cache,
        IOptions<CluOptions> options,
        CluMetrics metrics,
        TimeProvider timeProvider,
        ILogger<CluRecognizer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _offline = offline;
        _breaker = breaker;
        _cache = cache;
        _options = options.Value;
        _metrics = metrics;
        _timeProvider = timeProvider;
        _logger = logger;
        CluLog.Enabled(_logger, client.RequestUri, _options.ProjectName, _options.DeploymentName, _options.ApiVersion);
    }

    public async Task<RecognizerResult> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // Always run: it is cheap, it is the fallback, and it owns the strictly formatted entities.
        var offline = await _offline.RecognizeAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return offline;
        }

        var conversationId = turnContext.Activity.Conversation?.Id;
        var language = offline.Properties.TryGetValue("language", out var l) && l is string s ? s : ConversationLanguage.Japanese;
        if (text.Length > MaxUtteranceLength)
        {
            CluLog.FellBack(_logger, CluReasons.TooLong, conversationId);
            return await FallBackAsync(turnContext, offline, CluReasons.TooLong, null, cancellationToken).ConfigureAwait(false);
        }

        var key = new CluCacheKey(language, text);
        if (_cache.TryGetValue(key, out CluPrediction? cached) && cached is not null)
        {
            _metrics.Called(CluReasons.CacheHit);
            CluLog.Recognized(_logger, cached.TopIntent, cached.TopScore, 0, true, conversationId);
            return await AnswerAsync(turnContext, cached, offline, cancellationToken).ConfigureAwait(false);
        }

        var started = _timeProvider.GetTimestamp();
        CluPrediction prediction;
        try
        {
            prediction = await _breaker.ExecuteAsync(token => _client.AnalyzeAsync(text, language, token), cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException)
        {
            CluLog.FellBack(_logger, CluReasons.CircuitOpen, conversationId);
            return await FallBackAsync(turnContext, offline, CluReasons.CircuitOpen, null, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)   // whatever goes wrong with CLU, the turn goes on with the offline result
        {
            var error = ex as CluException
                ?? new CluException(CluFailure.Network, null, null, "CLU call failed unexpectedly: " + ex.Message, ex);
            var elapsed = _timeProvider.GetElapsedTime(started);
            var reason = CluReasons.Of(error.Failure);
            _metrics.Called(reason, elapsed);
            CluLog.FellBackAfterFailure(_logger, reason, error.Status, error.ErrorCode, (long)elapsed.TotalMilliseconds, conversationId, error);
            return await FallBackAsync(turnContext, offline, reason, error, cancellationToken).ConfigureAwait(false);
        }

        var took = _timeProvider.GetElapsedTime(started);
        _metrics.Called(CluReasons.Success, took);
        CluLog.Recognized(_logger, prediction.TopIntent, prediction.TopScore, (long)took.TotalMilliseconds, false, conversationId);
        if (_options.CacheSeconds > 0)
        {
            _cache.Set(key, prediction, new MemoryCacheEntryOptions
            {
                AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(_options.CacheSeconds),
                Size = 1,
            });
        }

        return await AnswerAsync(turnContext, prediction, offline, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RecognizerResult> AnswerAsync(ITurnContext turnContext, CluPrediction prediction, RecognizerResult offline, CancellationToken cancellationToken)
    {
        var result = CluResultMerger.Merge(prediction, offline);
        await turnContext.SendActivityAsync(CluTrace.Create(result, _options, prediction, null, null), cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task<RecognizerResult> FallBackAsync(ITurnContext turnContext, RecognizerResult offline, string reason, CluException? error, CancellationToken cancellationToken)
    {
        _metrics.FellBack(reason);
        offline.Properties["cluFallback"] = reason;
        await turnContext.SendActivityAsync(CluTrace.Create(offline, _options, null, reason, error), cancellationToken).ConfigureAwait(false);
        return offline;
    }
}
