using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace SupportBot.Understanding.Clu;

/// <summary>
/// The CLU runtime: POST {endpoint}/language/:analyze-conversations with the key header over Azure.Core's transport,
/// each try inside <see cref="CluResilience"/> (one time budget, retries for 408/429/5xx only). Every failure is a
/// <see cref="CluException"/>.
/// </summary>
public sealed class CluClient
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly CluOptions _options;
    private readonly HttpPipeline _pipeline;
    private readonly ResiliencePipeline _resilience;
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
        _resilience = CluResilience.Create(_options, _timeProvider);
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

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(CluResilience.Deadline, _timeProvider.GetUtcNow() + _options.Timeout);
        try
        {
            return await _resilience.ExecuteAsync(
                static async (ctx, call) => await call.Client.SendOnceAsync(call.Text, call.Language, ctx.CancellationToken).ConfigureAwait(false),
                context,
                (Client: this, Text: text, Language: language)).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new CluException(CluFailure.Timeout, null, null, $"CLU did not answer within {_options.TimeoutMilliseconds} ms.", ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<CluPrediction> SendOnceAsync(string text, string language, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
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
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Azure.Core's own network time-out for the try.
            throw new CluException(CluFailure.Timeout, null, null, $"CLU did not answer within {_options.TimeoutMilliseconds} ms.", ex);
        }
        catch (RequestFailedException ex)
        {
            throw new CluException(CluFailure.Network, ex.Status == 0 ? null : ex.Status, ex.ErrorCode, "CLU could not be reached: " + ex.Message, ex);
        }

        var response = message.Response;
        if (response.IsError)
        {
            throw CluErrorReader.ToException(response, _timeProvider.GetUtcNow());
        }

        return CluResponseParser.Parse(response.Content);
    }
}
