namespace SupportBot.Knowledge;

/// <summary>A status shown in the order history after a cancellation, and what it means.</summary>
public sealed record OrderStatusInfo(string Id, LocalizedText Label, LocalizedText Meaning);
