using Microsoft.Bot.Schema;

namespace SupportBot.Testing.Channels;

/// <summary>A reply the bot POSTed to a fake channel, with the route it used.</summary>
public sealed record ReceivedReply(string ConversationId, string? ReplyToId, Activity Activity, string Path);
