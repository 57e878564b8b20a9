using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// Runs Direct Line activities through the channel's own <see cref="DirectLineAdapter"/> (the host's middleware and
/// error handler, replies written to the activity log) and the same bot as /api/messages.
/// </summary>
public sealed class DirectLineTurnRunner
{
    public const string ChannelId = "directline";

    private readonly DirectLineAdapter _adapter;
    private readonly IServiceProvider _services;

    public DirectLineTurnRunner(DirectLineAdapter adapter, IServiceProvider services, IOptions<BotAuthenticationOptions> authentication)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        _adapter = adapter;
        _services = services;
        var appId = authentication.Value.AuthenticationEnabled ? authentication.Value.MicrosoftAppId : null;
        Bot = new ChannelAccount(appId ?? "supportbot", "SupportBot", RoleTypes.Bot);
    }

    /// <summary>The bot's account on this channel (recipient of the user's activities, sender of replies).</summary>
    public ChannelAccount Bot { get; }

    public async Task RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var bot = _services.GetRequiredService<IBot>();
        await _adapter.ProcessAsync(activity, bot.OnTurnAsync, cancellationToken);
    }
}
