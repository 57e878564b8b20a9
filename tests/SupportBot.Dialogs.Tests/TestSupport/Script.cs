using SupportBot.Dialogs.Tests.Recognition;
using SupportBot.Knowledge;
using static SupportBot.Dialogs.Tests.TestSupport.Expect;

namespace SupportBot.Dialogs.Tests.TestSupport;

/// <summary>Building blocks for scripted conversations: button taps as the knowledge files label them, common turns.</summary>
internal static class Script
{
    public const string OrderNumber = "250-1234567-1234567";

    public static KnowledgeSnapshot Snapshot => RepositoryKnowledge.Instance.Current;

    /// <summary>What a button of <paramref name="labelKey"/> sends when tapped.</summary>
    public static string Tap(Label label, string language = "ja") => label.Text(Snapshot, language);

    public static Turn Tapping(Label label, string language, params Expect[] expectations) => new(Tap(label, language), expectations);

    public static Label StageButton(OrderStage stage) => Label.Stage(KnowledgeIds.Id(stage));

    public static Label SellerButton(SellerType seller) => Label.Seller(KnowledgeIds.Id(seller));

    public static Label PaymentButton(PaymentMethod payment) => Label.Payment(KnowledgeIds.Id(payment));

    /// <summary>The turn that starts a cancellation from the menu and is asked for the order number.</summary>
    public static Turn StartCancellation(string language = "ja") =>
        Tapping(Label.Menu(MenuTopics.CancelOrder), language, Says(MessageKeys.CancelAskOrderNumber), NoOutcome);

    public static Turn GiveOrderNumber(string number = OrderNumber) => new(number, Says(MessageKeys.CancelAskStage), Buttons(Label.Stage("not_shipped"), Label.Stage("unknown")));

    /// <summary>The decision's outcome message: rule id, headline and (when the payment is known) its refund timing.</summary>
    public static Expect[] DecisionOutcome(OrderStage stage, SellerType seller, PaymentMethod? payment)
    {
        var decision = Snapshot.Decide(stage, seller, payment);
        var expectations = new List<Expect>
        {
            Outcome(KnowledgeIds.Id(decision.Outcome), decision.RuleId),
            SaysFrom("the rule's headline", (k, lang) => k.Decide(stage, seller, payment).Rule.Headline.For(lang)),
            SaysFrom("the rule's first step", (k, lang) => k.Decide(stage, seller, payment).Rule.Steps[0].For(lang)),
            Says(MessageKeys.CommonDidThatSolve),
        };
        if (payment is { } p && Snapshot.RefundTimingFor(p).NothingPaidFor(decision.Outcome))
        {
            expectations.Add(SaysFrom("nothing to refund", (k, lang) => k.Text(MessageKeys.RefundNothingPaid, lang, ("payment", k.RefundTimingFor(p).Label.For(lang)))));
        }
        else if (seller == SellerType.Marketplace)
        {
            expectations.Add(SaysFrom("the seller refunds", (k, lang) => k.Marketplace.Refund.For(lang)));
        }
        else if (payment is { } paid)
        {
            expectations.Add(SaysFrom("the refund line", (k, lang) => RefundLine(k, paid, decision.Outcome, seller, lang)));
        }

        return [.. expectations];
    }

    /// <summary>The refund line the composer gives for this payment, outcome and seller.</summary>
    public static string RefundLine(KnowledgeSnapshot knowledge, PaymentMethod payment, SupportBot.Knowledge.Outcome outcome, SellerType seller, string language) =>
        Assert.Single(OutcomeComposer.RefundLines(knowledge, payment, outcome, seller, language)).Text;

    public static Turn Yes(string language = "ja", params Expect[] expectations) => Tapping(MessageKeys.CommonYes, language, expectations);

    public static Turn No(string language = "ja", params Expect[] expectations) => Tapping(MessageKeys.CommonNo, language, expectations);

    public static TheoryData<string> Names(IEnumerable<Conversation> conversations)
    {
        var data = new TheoryData<string>();
        foreach (var conversation in conversations)
        {
            data.Add(conversation.Name);
        }

        return data;
    }
}
