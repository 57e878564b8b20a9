namespace SupportBot.LoadGenerator.Scenarios;

/// <summary>One customer message and a piece of text the bot's answer to it must contain.</summary>
public sealed record ScenarioStep(string Text, string Expect);
