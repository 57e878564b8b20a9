using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Turns;

/// <summary>
/// A channel that runs its own adapter in this process (the built-in Direct Line): proactive turns for the
/// conversations it owns go through it; every other conversation continues on <see cref="SupportAdapter"/>.
/// </summary>
public interface IChannelAdapter
{
    bool Owns(ConversationReference reference);

    Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken);
}
