using Microsoft.Extensions.Options;
using SupportBot.Bot.Health;

namespace SupportBot.Bot.Storage;

/// <summary>Shows which store serves the bot, so an operator sees at a glance whether instances share PostgreSQL.</summary>
internal sealed class StorageHealthContributor : IHealthContributor
{
    private readonly IOptions<StorageOptions> _options;

    public StorageHealthContributor(IOptions<StorageOptions> options) => _options = options;

    public void Contribute(IDictionary<string, object?> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        report["storage"] = _options.Value.Provider.ToString();
    }
}
