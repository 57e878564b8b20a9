namespace SupportBot.Knowledge;

/// <summary>A composed answer that breaks a rule of answers.yaml: which rule (and its line), which answer, what is wrong.</summary>
public sealed record AnswerViolation(int RuleLine, string Answer, string Ja, string En);
