namespace SupportBot.Knowledge;

/// <summary>The knowledge base the dialogs read: always the last good compiled snapshot.</summary>
public interface IKnowledgeBase
{
    KnowledgeSnapshot Current { get; }
}
