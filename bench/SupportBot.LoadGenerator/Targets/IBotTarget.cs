using SupportBot.LoadGenerator.Scenarios;

namespace SupportBot.LoadGenerator.Targets;

/// <summary>A way of talking to a bot: /api/messages with expectReplies, or Direct Line.</summary>
public interface IBotTarget
{
    string Name { get; }

    Task<ICustomer> OpenAsync(Scenario scenario, CancellationToken cancellationToken);
}
