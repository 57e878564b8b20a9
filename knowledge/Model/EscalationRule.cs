namespace SupportBot.Knowledge;

/// <summary>One escalation trigger with its thresholds (null when the trigger has none) and its message.</summary>
public sealed record EscalationRule(
    EscalationTrigger Trigger,
    LocalizedText When,
    int? DaysPastLimit,
    int? Hours,
    int? Contacts,
    int? Count,
    string MessageKey,
    LocalizedText Message);
