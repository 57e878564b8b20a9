namespace SupportBot.Understanding;

/// <summary>What a customer's message does, besides the facts it gives; a message can do several at once.</summary>
[Flags]
public enum TurnActs
{
    None = 0,

    /// <summary>Gives a fact: an order number, a stage, a seller, a payment method, a day.</summary>
    Fact = 1 << 0,

    /// <summary>Says something earlier was wrong ("sorry, I misread", 「間違えました」).</summary>
    Correction = 1 << 1,

    Question = 1 << 2,

    /// <summary>Asks for one of the bot's topics (cancel, refund, a failed request...).</summary>
    Topic = 1 << 3,

    /// <summary>No longer wants what they asked for ("on second thought I'll keep it").</summary>
    ChangeOfMind = 1 << 4,

    Person = 1 << 5,
    Thanks = 1 << 6,
    Bye = 1 << 7,

    /// <summary>Angry or frustrated.</summary>
    Complaint = 1 << 8,

    /// <summary>A topic this chat does not handle.</summary>
    OutOfScope = 1 << 9,

    Greeting = 1 << 10,

    /// <summary>Takes in what was said ("ok", 「わかった」), asking nothing more.</summary>
    Acknowledge = 1 << 11,

    /// <summary>A marketplace seller has not replied.</summary>
    SellerSilent = 1 << 12,

    /// <summary>Asks when the money comes back (「お金はいつ戻る？」): answered with the refund line for what is known.</summary>
    RefundWhen = 1 << 13,

    /// <summary>Declines politely (「大丈夫です」, "no need, thanks"): at an offer of a person, a no.</summary>
    NoNeed = 1 << 14,

    /// <summary>Speaks of another order than the one under way (「もう一つの注文も」, "my other order").</summary>
    AnotherOrder = 1 << 15,

    /// <summary>Says a cancellation, return or refusal is already made (「キャンセルしました」, "I returned it").</summary>
    AlreadyDone = 1 << 16,

    /// <summary>Says the money has not come back or a charge still shows (「お金が戻らない」, "still charged").</summary>
    MoneyMissing = 1 << 17,

    /// <summary>Tells what happened or why, asking nothing (「リールを注文しちょった」「思ったより小さい」): noted, no miss.</summary>
    Explains = 1 << 18,
}
