namespace SupportBot.Understanding.Clu;

internal sealed record CluAnalysisInput(CluConversationItem ConversationItem);
