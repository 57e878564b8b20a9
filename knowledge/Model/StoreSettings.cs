namespace SupportBot.Knowledge;

/// <summary>store.yaml: what only the operator knows (the desk's hours, the usual wait); null where not set.</summary>
public sealed record StoreSettings(DeskHours? Desk, int? ExpectedWaitMinutes, IReadOnlyList<CannedReply> CannedReplies);
