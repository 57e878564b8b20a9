namespace SupportBot.Dialogs.Orders;

/// <summary>
/// What logs show instead of an order number (the transcripts' mask): the line's ConversationId scope links it to the
/// masked transcript, and the order number itself is personal data.
/// </summary>
public static class OrderNumberMask
{
    public const string Mask = "[ORDER]";

    public static string ForLog(string? orderNumber) => string.IsNullOrEmpty(orderNumber) ? string.Empty : Mask;
}
