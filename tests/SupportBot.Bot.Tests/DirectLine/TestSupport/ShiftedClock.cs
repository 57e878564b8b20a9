namespace SupportBot.Bot.Tests.DirectLine.TestSupport;

/// <summary>The system clock moved by a fixed offset: tokens issued "in the past" to test expiry without waiting.</summary>
public sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
