using Microsoft.Bot.Schema;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.DirectLine.Log;

namespace SupportBot.Bot.DirectLine.Conversations;

/// <summary>
/// Starts a conversation the way Direct Line does: a conversationUpdate adding the bot and the user, so the bot
/// greets. Only once: a conversation that already has activities is not greeted again.
/// </summary>
public sealed class ConversationStarter
{
    private readonly IDirectLineActivityLog _log;
    private readonly DirectLineTurnRunner _runner;
    private readonly TimeProvider _clock;
    private readonly ILogger<ConversationStarter> _logger;

    public ConversationStarter(IDirectLineActivityLog log, DirectLineTurnRunner runner, TimeProvider clock, ILogger<ConversationStarter> logger)
    {
        _log = log;
        _runner = runner;
        _clock = clock;
        _logger = logger;
    }

    public async Task StartAsync(string conversationId, string userId, string? locale, string serviceUrl, CancellationToken cancellationToken)
    {
        var existing = await _log.ReadAfterAsync(conversationId, 0, 1, int.MaxValue, cancellationToken);
        if (existing.Count > 0)
        {
            return;
        }

        var user = new ChannelAccount(userId, role: RoleTypes.User);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = DirectLineActivityFeed.NewActivityId(),
            ChannelId = DirectLineTurnRunner.ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(id: conversationId),
            From = user,
            Recipient = _runner.Bot,
            MembersAdded = [_runner.Bot, user],
            Locale = locale,
            Timestamp = _clock.GetUtcNow(),
        };
        await _runner.RunAsync(update, cancellationToken);
        DirectLineLog.ConversationStarted(_logger, conversationId);
    }
}
