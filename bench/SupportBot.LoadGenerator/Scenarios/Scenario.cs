namespace SupportBot.LoadGenerator.Scenarios;

/// <summary>A whole customer conversation; <see cref="MidDialogStep"/> is where the stored state is measured.</summary>
public sealed record Scenario(string Name, string Locale, IReadOnlyList<ScenarioStep> Steps, int MidDialogStep);
