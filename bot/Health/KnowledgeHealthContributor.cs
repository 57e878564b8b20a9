using SupportBot.Knowledge;

namespace SupportBot.Bot.Health;

/// <summary>Shows the knowledge version serving and, while the last reload failed, its errors as file:line:column.</summary>
public sealed class KnowledgeHealthContributor : IHealthContributor
{
    private readonly KnowledgeHealth _health;

    public KnowledgeHealthContributor(KnowledgeHealth health) => _health = health;

    public void Contribute(IDictionary<string, object?> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var knowledge = _health.Report;
        report["knowledge"] = knowledge;
        if (!knowledge.LastReloadSucceeded)
        {
            report["status"] = "degraded";
        }
    }
}
