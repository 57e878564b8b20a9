using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Turns;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// Runs Direct Line activities through the same <see cref="SupportAdapter"/> (middleware, error handler) and bot
/// as /api/messages, in-process; the replies reach the log through <see cref="DirectLineInProcessChannel"/>.
/// </summary>
public sealed class DirectLineTurnRunner
{
    public const string ChannelId = "directline";

    private readonly SupportAdapter _adapter;
    private readonly IServiceProvider _services;
    private readonly string? _appId;

    public DirectLineTurnRunner(SupportAdapter adapter, IServiceProvider services, IOptions<BotAuthenticationOptions> authentication)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        _adapter = adapter;
        _services = services;
        _appId = authentication.Value.AuthenticationEnabled ? authentication.Value.MicrosoftAppId : null;
        Bot = new ChannelAccount(_appId ?? "supportbot", "SupportBot", RoleTypes.Bot);
    }

    /// <summary>The bot's account on this channel (recipient of the user's activities, sender of replies).</summary>
    public ChannelAccount Bot { get; }

    public async Task RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var bot = _services.GetRequiredService<IBot>();
        await _adapter.ProcessInProcessActivityAsync(Identity(), activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
    }

    // The identity a verified channel request would have: anonymous when the bot runs without an app id.
    private ClaimsIdentity Identity() => _appId is null
        ? new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType)
        : new ClaimsIdentity(
        [
            new Claim(AuthenticationConstants.AudienceClaim, _appId),
            new Claim(AuthenticationConstants.AppIdClaim, _appId),
        ]);
}
