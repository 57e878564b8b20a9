namespace SupportBot.Understanding;

/// <summary>One entity found in folded text: its key, canonical value (string or int) and folded span.</summary>
public sealed record EntityMatch(string Key, object Value, int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(EntityMatch other) => Start < other.End && other.Start < End;
}
