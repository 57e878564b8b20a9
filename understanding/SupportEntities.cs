namespace SupportBot.Understanding;

/// <summary>
/// Entity keys in <c>RecognizerResult.Entities</c>. Values are canonical: the order number as
/// 123-1234567-1234567, stage/seller/payment as the knowledge base's ids, days as an integer, a date as yyyy-MM-dd.
/// </summary>
public static class SupportEntities
{
    public const string OrderNumber = "orderNumber";
    public const string Stage = "stage";
    public const string Seller = "seller";
    public const string PaymentMethod = "paymentMethod";
    public const string DaysAgo = "daysAgo";
    public const string Date = "date";
}
