namespace SupportBot.Dialogs.Tests.Orders.Demo;

/// <summary>A clock the test moves by hand; timers still run on real time.</summary>
internal sealed class ManualTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
