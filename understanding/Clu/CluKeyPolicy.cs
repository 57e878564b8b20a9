using Azure.Core;
using Azure.Core.Pipeline;

namespace SupportBot.Understanding.Clu;

/// <summary>Adds the resource key to every try; Azure.Core's own key-credential policy is internal.</summary>
internal sealed class CluKeyPolicy(string apiKey) : HttpPipelineSynchronousPolicy
{
    public const string HeaderName = "Ocp-Apim-Subscription-Key";

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Request.Headers.SetValue(HeaderName, apiKey);
    }
}
