using SupportBot.LoadGenerator.Scenarios;

namespace SupportBot.LoadGenerator.Targets;

/// <summary>POST /api/messages with deliveryMode expectReplies: the replies come back in the HTTP answer.</summary>
public sealed class MessagesTarget(HttpClient http, string name) : IBotTarget
{
    public string Name => name;

    public async Task<ICustomer> OpenAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        var customer = new MessagesCustomer(http, "load-" + Guid.NewGuid().ToString("N"), scenario.Locale);
        await customer.GreetAsync(cancellationToken);
        return customer;
    }
}
