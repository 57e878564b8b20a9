namespace SupportBot.Bot.DirectLine.Log;

/// <summary>
/// The outcome of appending a posted activity: its first sequence number, or, when the conversation already has an
/// activity with the same client key, that earlier activity; or, when the conversation's log is full, neither
/// (<see cref="Full"/>; nothing was appended).
/// </summary>
public sealed record LogAppend(long First, string? RepeatOf, bool Full = false);
