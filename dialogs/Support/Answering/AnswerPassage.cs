using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Answering;

/// <summary>
/// One thing the knowledge base can answer with: an FAQ entry (its question, keywords, examples and answer) or a part
/// of the content (a table, list or text of the article). Its words per language are what a question is matched on.
/// </summary>
public sealed record AnswerPassage(string Id, FaqEntry? Entry, ContentSection? Section, LocalizedText Words)
{
    /// <summary>The FAQ entry's question, or null for a part of the content (it has no title to offer as a button).</summary>
    public LocalizedText? Question => Entry?.Question;
}
