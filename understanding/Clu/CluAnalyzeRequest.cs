namespace SupportBot.Understanding.Clu;

/// <summary>The body of POST /language/:analyze-conversations for one utterance (CLU-CONTRACT.md).</summary>
internal sealed record CluAnalyzeRequest(
    CluAnalysisInput AnalysisInput,
    CluRequestParameters Parameters,
    string Kind = "Conversation");
