using SupportBot.Knowledge;

namespace SupportBot.Testing.Knowledge;

/// <summary>
/// A button's label as the knowledge files give it, wherever it is written: a message, a menu item (menu.yaml), a
/// status or seller (decision-rules.yaml), a payment method (refund-timing.yaml), or "I don't know".
/// </summary>
public sealed record Label(string Name, Func<KnowledgeSnapshot, string, string> Text)
{
    public static implicit operator Label(MessageKey key) => new(key.Name, (k, lang) => k.Text(key, lang));

    public static Label Menu(string topic) => new("menu " + topic, (k, lang) => k.Menu.Single(m => m.Topic == topic).Label.For(lang));

    public static Label Stage(string id) => id == KnowledgeIds.UnknownAnswer
        ? (Label)MessageKeys.ChoiceUnknown
        : new("stage " + id, (k, lang) => k.StageInfo(KnowledgeIds.TryParseStage(id, out var stage) ? stage : throw new ArgumentException(id)).Label.For(lang));

    public static Label Seller(string id) => id == KnowledgeIds.UnknownAnswer
        ? (Label)MessageKeys.ChoiceUnknown
        : new("seller " + id, (k, lang) => k.SellerInfo(KnowledgeIds.TryParseSeller(id, out var seller) ? seller : throw new ArgumentException(id)).Label.For(lang));

    public static Label Payment(string id) => id == KnowledgeIds.UnknownAnswer
        ? (Label)MessageKeys.ChoiceUnknown
        : new("payment " + id, (k, lang) => k.RefundTimingFor(KnowledgeIds.TryParsePayment(id, out var payment) ? payment : throw new ArgumentException(id)).Label.For(lang));

    public override string ToString() => Name;
}
