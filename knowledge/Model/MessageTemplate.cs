namespace SupportBot.Knowledge;

/// <summary>A message from messages.yaml with the placeholders it may use.</summary>
public sealed record MessageTemplate(string Key, LocalizedText Text, IReadOnlyList<string> Params);
