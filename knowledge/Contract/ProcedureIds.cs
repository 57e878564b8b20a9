namespace SupportBot.Knowledge;

/// <summary>
/// The procedures the code opens by id (refusing a delivery, returning an item): procedures.yaml must define each one,
/// which `validate` and every reload check.
/// </summary>
public static class ProcedureIds
{
    public const string RefuseDelivery = "refuse_delivery";
    public const string Return = "return";

    public static IReadOnlyList<string> All { get; } = [RefuseDelivery, Return];
}
