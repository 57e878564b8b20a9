namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>A question the bot asked: the dialog and the knowledge key of the question (supportbot/step).</summary>
public sealed record StepMark(string Dialog, string Step);
