using SupportBot.LoadGenerator.Scenarios;

namespace SupportBot.LoadGenerator.Targets;

/// <summary>One simulated customer's open conversation.</summary>
public interface ICustomer : IAsyncDisposable
{
    string ConversationId { get; }

    /// <summary>Sends one message and waits for the answer; null when it arrived and matched, else why not.</summary>
    Task<string?> SendAsync(ScenarioStep turn, CancellationToken cancellationToken);
}
