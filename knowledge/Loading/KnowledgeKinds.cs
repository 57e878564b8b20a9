namespace SupportBot.Knowledge.Loading;

/// <summary>The file kinds (one JSON Schema each) that make up the knowledge base.</summary>
internal static class KnowledgeKinds
{
    public const string DecisionRules = "decision-rules";
    public const string RefundTiming = "refund-timing";
    public const string Marketplace = "marketplace";
    public const string Failures = "failures";
    public const string Rejections = "rejections";
    public const string Withdraw = "withdraw";
    public const string RefundStatus = "refund-status";
    public const string Procedures = "procedures";
    public const string Background = "background";
    public const string Account = "account";
    public const string Faq = "faq";
    public const string Escalation = "escalation";
    public const string Messages = "messages";
    public const string Recognizer = "recognizer";
    public const string IntentExamples = "intent-examples";
    public const string Menu = "menu";
    public const string Answers = "answers";
    public const string Store = "store";

    public static IReadOnlyList<string> All { get; } =
    [
        DecisionRules, RefundTiming, Marketplace, Failures, Rejections, Withdraw, RefundStatus,
        Procedures, Background, Account, Faq, Escalation, Messages, Recognizer, IntentExamples, Menu, Answers, Store,
    ];

    /// <summary>The kinds whose parts are the article's content, shown to customers (the rest configure the bot).</summary>
    public static IReadOnlyList<string> Content { get; } =
    [
        DecisionRules, RefundTiming, Marketplace, Failures, Rejections, Withdraw, RefundStatus, Procedures, Background, Account, Faq,
    ];

    /// <summary>Messages may be split over several files (other teams add their own); every other kind is one file.</summary>
    public static bool AllowsSeveralFiles(string kind) => kind == Messages;
}
