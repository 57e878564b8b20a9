namespace SupportBot.Knowledge;

/// <summary>A problem in a knowledge file, at a 1-based line and column, told in Japanese and English.</summary>
public sealed record KnowledgeError(string File, int Line, int Column, string Ja, string En)
{
    /// <summary>"file:line:column: 日本語 / English", the form editors and CI logs link to.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Ja} / {En}";
}
