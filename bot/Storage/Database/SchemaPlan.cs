namespace SupportBot.Bot.Storage.Database;

/// <summary>Every registered step in version order; two concepts claiming one version fail the start, naming both.</summary>
public sealed class SchemaPlan
{
    private SchemaPlan(IReadOnlyList<SchemaStep> steps) => Steps = steps;

    public IReadOnlyList<SchemaStep> Steps { get; }

    public static SchemaPlan From(IEnumerable<SchemaContribution> contributions)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        var owners = new Dictionary<int, string>();
        var steps = new List<SchemaStep>();
        foreach (var contribution in contributions.Distinct())
        {
            foreach (var step in contribution.Steps)
            {
                if (!owners.TryAdd(step.Version, contribution.Owner))
                {
                    throw new InvalidOperationException(
                        $"Schema version {step.Version} is claimed by both {owners[step.Version]} and {contribution.Owner}; give the newer step the next free version.");
                }

                steps.Add(step);
            }
        }

        return new SchemaPlan([.. steps.OrderBy(s => s.Version)]);
    }
}
