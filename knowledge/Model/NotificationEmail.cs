namespace SupportBot.Knowledge;

/// <summary>A notification email's subject and what it means for the customer.</summary>
public sealed record NotificationEmail(string Id, LocalizedText Subject, LocalizedText Meaning);
