namespace SupportBot.Bot.DirectLine.Log;

/// <summary>An activity in a Direct Line conversation's log; <see cref="Sequence"/> is its watermark.</summary>
public sealed record LoggedActivity(long Sequence, string ActivityJson);
