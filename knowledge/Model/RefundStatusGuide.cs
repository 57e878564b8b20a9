namespace SupportBot.Knowledge;

/// <summary>refund-status.yaml: how to check a refund, what to do when late, the emails and statuses.</summary>
public sealed record RefundStatusGuide(
    IReadOnlyList<LocalizedText> HowToCheck,
    IReadOnlyList<LocalizedText> IfLate,
    LocalizedText? Tip,
    IReadOnlyList<NotificationEmail> Emails,
    IReadOnlyList<OrderStatusInfo> Statuses,
    IReadOnlyList<LocalizedText> Notes);
