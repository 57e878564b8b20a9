using Newtonsoft.Json;
using SupportBot.Understanding;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Slots;

/// <summary>
/// Everything the conversation has learnt about the customer's order, passed to each waterfall as its options
/// and returned as its result. Values are the knowledge base's ids so the state stays small and readable.
/// </summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
public sealed class OrderInquiry
{
    /// <summary>The id a payment slot holds when the customer does not know (no refund timing is given then).</summary>
    public const string Unknown = KnowledgeIds.UnknownAnswer;

    [JsonProperty("topic")]
    public SupportTopic Topic { get; set; }

    [JsonProperty("orderNumber")]
    public string? OrderNumber { get; set; }

    [JsonProperty("stage")]
    public string? Stage { get; set; }

    [JsonProperty("seller")]
    public string? Seller { get; set; }

    [JsonProperty("paymentMethod")]
    public string? PaymentMethod { get; set; }

    [JsonProperty("daysAgo")]
    public int? DaysAgo { get; set; }

    /// <summary>The day the cancellation or return happened (yyyy-MM-dd), when given as a date.</summary>
    [JsonProperty("date")]
    public string? Date { get; set; }

    /// <summary>A failure-cause id of failures.yaml (too-late, payment-trouble, system-error, just-changed, seller-policy).</summary>
    [JsonProperty("failureCause")]
    public string? FailureCause { get; set; }

    /// <summary>A rejection id of rejections.yaml.</summary>
    [JsonProperty("rejection")]
    public string? Rejection { get; set; }

    /// <summary>The customer's own words for an FAQ question.</summary>
    [JsonProperty("question")]
    public string? Question { get; set; }

    /// <summary>True once the order system was asked, so it is asked at most once per inquiry.</summary>
    [JsonProperty("lookedUp")]
    public bool LookedUp { get; set; }

    /// <summary>True when stage, seller and payment came from the order system rather than from the customer.</summary>
    [JsonProperty("fromOrderSystem")]
    public bool FromOrderSystem { get; set; }

    /// <summary>The last rule, refund row or guide the bot answered with (for the agent's context).</summary>
    [JsonProperty("ruleId")]
    public string? RuleId { get; set; }

    [JsonProperty("next")]
    public ConversationNext Next { get; set; }

    /// <summary>An escalation-trigger id of escalation.yaml when <see cref="Next"/> is Escalate.</summary>
    [JsonProperty("escalation")]
    public string? EscalationTrigger { get; set; }

    /// <summary>Why, in a few words for the agent (failure cause, days overdue...).</summary>
    [JsonProperty("detail")]
    public string? EscalationDetail { get; set; }

    /// <summary>The customer said the marketplace seller does not reply (at any line of the topic).</summary>
    [JsonProperty("sellerSilent", DefaultValueHandling = DefaultValueHandling.Ignore)]
    public bool SellerSilent { get; set; }

    /// <summary>
    /// What the customer said went wrong, when a question of theirs was answered before any topic ran (「キャンセル押したら
    /// エラー出た」 answered from the FAQ): the facts that follow at once continue that story, not a plain cancellation.
    /// Not carried by FillFrom: it lives from the FAQ's answer to the next message only.
    /// </summary>
    [JsonProperty("situation", DefaultValueHandling = DefaultValueHandling.Ignore)]
    public SupportTopic Situation { get; set; }

    [JsonIgnore]
    public OrderStage? StageValue => KnowledgeIds.TryParseStage(Stage, out var stage) ? stage : null;

    [JsonIgnore]
    public SellerType? SellerValue => KnowledgeIds.TryParseSeller(Seller, out var seller) ? seller : null;

    [JsonIgnore]
    public PaymentMethod? PaymentValue => KnowledgeIds.TryParsePayment(PaymentMethod, out var payment) ? payment : null;

    /// <summary>Fills the slots still empty from what the recognizer found in a message (slots given up front are not asked).</summary>
    public OrderInquiry FillFrom(RecognizedTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        OrderNumber ??= turn.OrderNumber;
        Stage ??= KnowledgeIds.TryParseStage(turn.Stage, out _) ? turn.Stage : null;
        Seller ??= KnowledgeIds.TryParseSeller(turn.Seller, out _) ? turn.Seller : null;
        // A way to pay the refund table does not list counts as answered ("unknown", as the button says).
        PaymentMethod ??= KnowledgeIds.TryParsePayment(turn.PaymentMethod, out _) || turn.PaymentMethod == Unknown ? turn.PaymentMethod : null;
        DaysAgo ??= turn.DaysAgo;
        Date ??= turn.Date;
        return this;
    }

    /// <summary>Fills the slots still empty from facts the customer gave earlier.</summary>
    public OrderInquiry FillFrom(OrderInquiry? facts)
    {
        if (facts is null)
        {
            return this;
        }

        OrderNumber ??= facts.OrderNumber;
        Stage ??= facts.Stage;
        Seller ??= facts.Seller;
        PaymentMethod ??= facts.PaymentMethod;
        DaysAgo ??= facts.DaysAgo;
        Date ??= facts.Date;
        SellerSilent |= facts.SellerSilent;
        return this;
    }

    /// <summary>
    /// Takes the stage, seller, payment and days of <paramref name="turn"/> where they differ from values already held
    /// (a correction), and returns the labels of what changed, to be said back; days change silently.
    /// </summary>
    public List<string> Correct(RecognizedTurn turn, KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(knowledge);
        var changed = new List<string>();
        if (KnowledgeIds.TryParseStage(turn.Stage, out var stage) && Stage is not null && Stage != turn.Stage)
        {
            (Stage, FromOrderSystem) = (turn.Stage, false);
            (Rejection, FailureCause) = (null, null); // inferred from the old stage; read again from the new one
            changed.Add(knowledge.StageInfo(stage).Label.For(language));
        }

        if (KnowledgeIds.TryParseSeller(turn.Seller, out var seller) && Seller is not null && Seller != turn.Seller)
        {
            (Seller, SellerSilent) = (turn.Seller, false); // the silence was the other seller's
            changed.Add(knowledge.SellerInfo(seller).Label.For(language));
        }

        if (KnowledgeIds.TryParsePayment(turn.PaymentMethod, out var payment) && PaymentMethod is not null && PaymentMethod != turn.PaymentMethod)
        {
            PaymentMethod = turn.PaymentMethod;
            changed.Add(knowledge.RefundTimingFor(payment).Label.For(language));
        }

        if (turn.DaysAgo is { } days && DaysAgo is not null && DaysAgo != days)
        {
            (DaysAgo, Date) = (days, turn.Date);
            changed.Add(knowledge.Text(MessageKeys.NavDaysAgo, language, ("days", days.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return changed;
    }

    /// <summary>True when any slot holds a value.</summary>
    [JsonIgnore]
    public bool HasFacts => OrderNumber is not null || Stage is not null || Seller is not null || PaymentMethod is not null || DaysAgo is not null || Date is not null;

    /// <summary>Hands the conversation to a person for the given escalation trigger.</summary>
    public OrderInquiry EscalateFor(EscalationTrigger trigger, string? detail = null)
    {
        Next = ConversationNext.Escalate;
        EscalationTrigger = KnowledgeIds.Id(trigger);
        EscalationDetail = detail ?? EscalationDetail;
        return this;
    }

    public OrderInquiry Finish(ConversationNext next)
    {
        Next = next;
        return this;
    }
}
