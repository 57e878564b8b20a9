using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Turns;

/// <summary>
/// Starts a turn in an existing conversation (an agent's reply, a hand-back, a lapse notice) on the adapter of the
/// conversation's channel: a channel in this process owns its conversations, the rest go out over their serviceUrl.
/// </summary>
public sealed class ProactiveTurns(SupportAdapter adapter, IEnumerable<IChannelAdapter> channels, IConfiguration configuration)
{
    private readonly IReadOnlyList<IChannelAdapter> _channels = [.. channels];
    private readonly string? _appId = configuration?["MicrosoftAppId"];

    public Task ContinueAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (_channels.FirstOrDefault(channel => channel.Owns(reference)) is { } own)
        {
            return own.ContinueConversationAsync(new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType), reference, callback, cancellationToken);
        }

        // No app id: the same anonymous identity the adapter gives unauthenticated Emulator turns.
        return string.IsNullOrEmpty(_appId)
            ? adapter.ContinueConversationAsync(new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType), reference, callback, cancellationToken)
            : adapter.ContinueConversationAsync(_appId, reference, callback, cancellationToken);
    }
}
