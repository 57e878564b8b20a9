namespace SupportBot.Bot.Turns.Ordering;

/// <summary>
/// A turn already applied: the replies it produced (serialized activities; none recorded before replies were kept)
/// and whether they reached the channel.
/// </summary>
public sealed record ProcessedTurn(IReadOnlyList<string> Replies, bool Delivered);
