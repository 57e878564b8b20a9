namespace SupportBot.Dialogs.Explanations;

/// <summary>The value of the turn's answer trace: what the recognizer read, what answered, and each act the bot's replies carried.</summary>
public sealed record AnswerExplanation(string Intent, double IntentScore, ExplainedAnswer? Answer, IReadOnlyList<ExplainedAct> Acts);
