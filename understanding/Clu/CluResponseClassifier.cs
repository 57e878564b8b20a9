using Azure.Core;

namespace SupportBot.Understanding.Clu;

/// <summary>
/// Which answers are worth another try: 408, 429 and every 5xx (Azure.Core's default skips 501 and 505+).
/// 400/401/403/404 never are: the same request would fail the same way. No answer at all (refused, reset) is not
/// retried either, unlike Azure.Core's default: the turn's short budget is better spent on the offline fallback.
/// </summary>
internal sealed class CluResponseClassifier : ResponseClassifier
{
    public override bool IsRetriableResponse(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Response.Status is 408 or 429 or >= 500;
    }

    public override bool IsRetriableException(Exception exception) => false;
}
