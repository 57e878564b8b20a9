namespace SupportBot.Bot.Tests.Operations.TestSupport;

/// <summary>
/// Tests that read /metrics run alone: a meter provider listens to meters by name across the process, so another
/// in-memory host being disposed meanwhile can end a metric stream this host shares (never the case with one host).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
