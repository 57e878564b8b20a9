namespace SupportBot.Knowledge;

/// <summary>
/// The rejections the code picks from where the order stands (a refused request for an order that has shipped or
/// arrived): rejections.yaml must define each one, which `validate` and every reload check.
/// </summary>
public static class RejectionIds
{
    public const string ShippedNotReceived = "shipped-not-received";
    public const string Arrived = "arrived";

    public static IReadOnlyList<string> All { get; } = [ShippedNotReceived, Arrived];
}
