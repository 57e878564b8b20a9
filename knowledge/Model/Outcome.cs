namespace SupportBot.Knowledge;

/// <summary>What the bot tells the customer to do; canonical ids cancel, refuse_delivery, return, escalate, info.</summary>
public enum Outcome
{
    Cancel,
    RefuseDelivery,
    Return,
    Escalate,
    Info,
}
