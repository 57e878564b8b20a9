namespace SupportBot.Knowledge;

/// <summary>One button of the welcome menu: the topic it starts (<see cref="MenuTopics"/>) and its label.</summary>
public sealed record MenuItem(string Topic, LocalizedText Label);
