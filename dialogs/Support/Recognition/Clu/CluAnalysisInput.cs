namespace SupportBot.Dialogs.Recognition.Clu;

internal sealed record CluAnalysisInput(CluConversationItem ConversationItem);
