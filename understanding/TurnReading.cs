using Microsoft.Bot.Builder;
using SupportBot.Knowledge;

namespace SupportBot.Understanding;

/// <summary>
/// One reading of a customer's message, made once per turn and used by every dialog and prompt: the acts it carries,
/// the recognizer's intent and entities, and the out-of-scope topic it names, if any.
/// </summary>
public sealed record TurnReading(TurnActs Acts, RecognizedTurn Turn, OutOfScopeTopic? OutOfScopeTopic)
{
    private const string TurnStateKey = "SupportBot.TurnReading";

    public static TurnReading None { get; } = new(TurnActs.None, RecognizedTurn.None, null);

    public bool Has(TurnActs act) => (Acts & act) != 0;

    /// <summary>Only these acts (and no other): thanks alone is a close, thanks with a new request is not.</summary>
    public bool Only(TurnActs acts) => Acts != TurnActs.None && (Acts & ~acts) == 0;

    public static TurnReading Current(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<TurnReading>(TurnStateKey) ?? None;
    }

    public static void SetCurrent(ITurnContext turnContext, TurnReading reading)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(TurnStateKey, reading);
    }
}
