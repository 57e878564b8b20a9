namespace SupportBot.Knowledge;

/// <summary>Who sells the item; canonical ids store (直販) and marketplace (マーケットプレイス出品者).</summary>
public enum SellerType
{
    Store,
    Marketplace,
}
