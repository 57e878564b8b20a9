using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Tests.Transcripts;

/// <summary>One thing the user sent in a saved transcript and what the bot answered then (messages and traces).</summary>
public sealed record TranscriptStep(Activity UserActivity, IReadOnlyList<Activity> BotReplies);
