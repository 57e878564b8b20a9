namespace SupportBot.Knowledge;

/// <summary>How the customer paid; canonical ids credit_card, convenience_atm, e_money, cash_on_delivery.</summary>
public enum PaymentMethod
{
    CreditCard,
    ConvenienceAtm,
    EMoney,
    CashOnDelivery,
}
