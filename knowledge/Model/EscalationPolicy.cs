namespace SupportBot.Knowledge;

/// <summary>escalation.yaml: when to hand over to a person; every trigger is present (the validator makes sure).</summary>
public sealed record EscalationPolicy(IReadOnlyDictionary<EscalationTrigger, EscalationRule> Rules)
{
    public EscalationRule For(EscalationTrigger trigger) => Rules[trigger];

    /// <summary>Escalate a refund this many days past the payment method's overdue_after_days.</summary>
    public int RefundDaysPastLimit => For(EscalationTrigger.RefundOverdue).DaysPastLimit ?? 1;

    public int SellerSilentHours => For(EscalationTrigger.SellerSilent).Hours ?? 24;

    public int SellerSilentContacts => For(EscalationTrigger.SellerSilent).Contacts ?? 2;

    public int InvalidOrderNumberLimit => For(EscalationTrigger.InvalidOrderNumber).Count ?? 3;

    public int NotUnderstoodLimit => For(EscalationTrigger.NotUnderstood).Count ?? 2;
}
