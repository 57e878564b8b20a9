using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace SupportBot.Dialogs.Recognition.Clu;

/// <summary>
/// The CLU runtime over Azure.Core's pipeline: POST {endpoint}/language/:analyze-conversations with the key header,
/// retries for 408/429/5xx only, and one time budget for the whole call. Every failure is a <see cref="CluException"/>.
/// </summary>
public sealed class CluClient
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly CluOptions _options;
    private readonly HttpPipeline _pipeline;
    private readonly TimeProvider _timeProvider;
    private readonly Uri _uri;

    public CluClient(IOptions<CluOptions> options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _timeProvider = timeProvider ?? TimeProvider.System;
        var endpoint = _options.Endpoint ?? throw new InvalidOperationException($"{CluOptions.HostNameKey} is not a valid endpoint.");
        _uri = new Uri(endpoint, "language/:analyze-conversations?api-version=" + Uri.EscapeDataString(_options.ApiVersion));

        var clientOptions = new CluClientOptions(_options);
        clientOptions.RetryPolicy = new CluRetryPolicy(
            _options.MaxRetries,
            DelayStrategy.CreateExponentialDelayStrategy(clientOptions.Retry.Delay, clientOptions.Retry.MaxDelay),
            _timeProvider);
        _pipeline = HttpPipelineBuilder.Build(
            clientOptions,
            perCallPolicies: [],
            perRetryPolicies: [new CluKeyPolicy(_options.ApiKey)],
            new CluResponseClassifier());
    }

    /// <summary>The request URI, for logs and tests.</summary>
    public Uri RequestUri => _uri;

    /// <summary>Asks CLU for the intents and entities of one utterance in "ja" or "en".</summary>
    public async Task<CluPrediction> AnalyzeAsync(string text, string language, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        ArgumentException.ThrowIfNullOrEmpty(language);

        // The budget runs on the injected clock, so a test moves it instead of waiting it out.
        using var deadline = new CancellationTokenSource(_options.Timeout, _timeProvider);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        using var message = _pipeline.CreateMessage();
        message.SetProperty(CluRetryPolicy.DeadlineProperty, _timeProvider.GetUtcNow() + _options.Timeout);
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_uri);
        request.Headers.SetValue("Content-Type", "application/json");
        request.Headers.SetValue("Accept", "application/json");
        request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(
            new CluAnalyzeRequest(
                new CluAnalysisInput(new CluConversationItem(text, language)),
                new CluRequestParameters(_options.ProjectName, _options.DeploymentName)),
            s_json));

        try
        {
            await _pipeline.SendAsync(message, budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CluException(CluFailure.Timeout, null, null, $"CLU did not answer within {_options.TimeoutMilliseconds} ms.", ex);
        }
        catch (RequestFailedException ex)
        {
            throw new CluException(CluFailure.Network, ex.Status == 0 ? null : ex.Status, ex.ErrorCode, "CLU could not be reached: " + ex.Message, ex);
        }
        catch (AggregateException ex)
        {
            // Azure.Core's retry policy aggregates the exceptions of its tries.
            throw new CluException(CluFailure.Network, null, null, "CLU could not be reached: " + ex.InnerExceptions[^1].Message, ex);
        }

        var response = message.Response;
        if (response.IsError)
        {
            throw CluErrorReader.ToException(response);
        }

        return CluResponseParser.Parse(response.Content);
    }
}
