namespace SupportBot.Dialogs.Slots;

/// <summary>
/// One row of the topic table: the topic, the recognizer intents that open it, its button in menu.yaml (if it has one)
/// with the intents whose words also pick that button, and the dialog that runs it (none for a person: MainDialog
/// escalates).
/// </summary>
public sealed record TopicRow(SupportTopic Topic, IReadOnlyList<string> Intents, string? MenuId, IReadOnlyList<string> MenuIntents, string? DialogId);
