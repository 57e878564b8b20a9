namespace SupportBot.Knowledge;

/// <summary>Why a conversation goes to a person; ids as in escalation.yaml.</summary>
public enum EscalationTrigger
{
    RefundOverdue,
    SellerSilent,
    CancelFailed,
    RemedyFailed,
    InvalidOrderNumber,
    NotUnderstood,
    NotSolved,
    CustomerRequest,
}
