using SupportBot.Dialogs.Tests.Recognition;
using SupportBot.Knowledge;
using static SupportBot.Dialogs.Tests.Dialogs.Expect;

namespace SupportBot.Dialogs.Tests.Dialogs;

/// <summary>Building blocks for scripted conversations: button taps as the knowledge files label them, common turns.</summary>
internal static class Script
{
    public const string OrderNumber = "250-1234567-1234567";

    public static KnowledgeSnapshot Snapshot => RepositoryKnowledge.Instance.Current;

    /// <summary>What a button of <paramref name="labelKey"/> sends when tapped.</summary>
    public static string Tap(string labelKey, string language = "ja") => Snapshot.Text(labelKey, language);

    public static Turn Tapping(string labelKey, string language, params Expect[] expectations) => new(Tap(labelKey, language), expectations);

    public static string StageButton(OrderStage stage) => "stage.button." + KnowledgeIds.Id(stage);

    public static string SellerButton(SellerType seller) => "seller.button." + KnowledgeIds.Id(seller);

    public static string PaymentButton(PaymentMethod payment) => "payment.button." + KnowledgeIds.Id(payment);

    /// <summary>The turn that starts a cancellation from the menu and is asked for the order number.</summary>
    public static Turn StartCancellation(string language = "ja") =>
        Tapping("menu.cancel_order", language, Says("cancel.ask_order_number"), NoOutcome);

    public static Turn GiveOrderNumber(string number = OrderNumber) => new(number, Says("cancel.ask_stage"), Buttons("stage.button.not_shipped", "stage.button.unknown"));

    /// <summary>The decision's outcome message: rule id, headline and (when the payment is known) its refund timing.</summary>
    public static Expect[] DecisionOutcome(OrderStage stage, SellerType seller, PaymentMethod? payment)
    {
        var decision = Snapshot.Decide(stage, seller, payment);
        var expectations = new List<Expect>
        {
            Outcome(KnowledgeIds.Id(decision.Outcome), decision.RuleId),
            SaysFrom("the rule's headline", (k, lang) => k.Decide(stage, seller, payment).Rule.Headline.For(lang)),
            SaysFrom("the rule's first step", (k, lang) => k.Decide(stage, seller, payment).Rule.Steps[0].For(lang)),
            Says("common.did_that_solve"),
        };
        if (payment is { } p)
        {
            expectations.Add(SaysFrom("the refund timing", (k, lang) => SupportBot.Dialogs.Outcomes.OutcomeMessage.RefundTimingLine(k, k.RefundTimingFor(p), lang, "outcome.refund_timing")));
        }

        return [.. expectations];
    }

    public static Turn Yes(string language = "ja", params Expect[] expectations) => Tapping("common.yes", language, expectations);

    public static Turn No(string language = "ja", params Expect[] expectations) => Tapping("common.no", language, expectations);

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
