namespace SupportBot.Knowledge;

/// <summary>One line the bot says, with where it comes from ("decision-rules.yaml#shipped-store/steps/2").</summary>
public sealed record AnswerLine(string Text, string Source);
