using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Prompts;

namespace SupportBot.Dialogs.Prompts;

/// <summary>
/// The "shall I connect you with a person?" a prompt makes after too many replies it did not understand, kept in the
/// prompt's own state until the customer answers it (see SupportComponentDialog).
/// </summary>
public static class PromptOffer
{
    internal const string OfferKey = "offer";
    internal const string MissesKey = "misses";
    internal const string ExplainKey = "explain";
    internal const string ExplainedKey = "explained";

    /// <summary>The escalation-trigger id offered by the active prompt, or null.</summary>
    public static string? Pending(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return State(instance).TryGetValue(OfferKey, out var offer) ? offer?.ToString() : null;
    }

    /// <summary>The customer declined: forget the offer and the misses, so the question starts afresh.</summary>
    public static void Decline(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var state = State(instance);
        state.Remove(OfferKey);
        state.Remove(ExplainedKey);
        state[MissesKey] = 0;
        state[Prompt<object>.AttemptCountKey] = 0;
    }

    /// <summary>Counts a message that did not answer the question (a digression); returns the misses so far.</summary>
    public static int CountMiss(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var state = State(instance);
        var misses = StateValue.ToInt32(state.ValueOrDefault(MissesKey)) + 1;
        state[MissesKey] = misses;
        return misses;
    }

    /// <summary>Marks "shall I connect you with a person?" as asked, for the given escalation-trigger id.</summary>
    public static void Offer(DialogInstance instance, string trigger)
    {
        ArgumentNullException.ThrowIfNull(instance);
        State(instance)[OfferKey] = trigger;
    }

    /// <summary>Drops a pending "I don't know" explanation, so asking again does not repeat it.</summary>
    public static void ForgetExplanation(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        State(instance).Remove(ExplainKey);
    }

    /// <summary>The customer answered something else: drop the offer and let the prompt read the answer.</summary>
    public static void Forget(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        State(instance).Remove(OfferKey);
    }

    private static IDictionary<string, object?> State(DialogInstance instance)
    {
        if (instance.State.TryGetValue(Prompt<object>.PersistedState, out var raw) && raw is IDictionary<string, object?> state)
        {
            return state;
        }

        var converted = StateValue.Convert<Dictionary<string, object?>>(raw) ?? [];
        instance.State[Prompt<object>.PersistedState] = converted;
        return converted;
    }
}
