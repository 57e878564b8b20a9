namespace SupportBot.Bot.Tests.Reliability;

/// <summary>A customer's messages, each with text the bot's answer must contain; the last one is the outcome.</summary>
public sealed record CustomerScript(string Name, IReadOnlyList<(string Text, string Expect)> Turns)
{
    /// <summary>Cancellation, refund and failure→escalation, as the dialog transcripts record them.</summary>
    public static IReadOnlyList<CustomerScript> All { get; } =
    [
        new("cancellation",
        [
            ("注文をキャンセルしたい", "注文番号"),
            ("２５０－１２３４５６７－１２３４５６７", "状態"),
            ("発送済み（まだ届いていない）", "販売元"),
            ("マーケットプレイス出品者", "お支払い方法"),
            ("クレジットカード", "解決しましたか"),
            ("はい", "ありがとうございました"),
        ]),
        new("refund",
        [
            ("返金がまだです。コンビニで払いました", "販売元"),
            ("ストア（直販）", "いつ"),
            ("2週間前", "受付番号"),
        ]),
        new("failure-escalation",
        [
            ("キャンセルが失敗した・拒否された", "どうなりましたか"),
            ("エラーで失敗した", "状況"),
            ("システムエラー", "結果を教えてください"),
            ("もう一度試してもだめだった", "受付番号"),
        ]),
    ];
}
