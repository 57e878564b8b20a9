namespace SupportBot.Knowledge.Tests.TestSupport;

/// <summary>Tests that measure wall-clock latency run alone, after the parallel tests, so the 2-core machine is theirs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "Timing-sensitive";
}
