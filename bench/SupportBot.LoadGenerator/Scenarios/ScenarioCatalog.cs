namespace SupportBot.LoadGenerator.Scenarios;

/// <summary>
/// The three conversations customers have most (cancellation, refund, failure then escalation), as the
/// transcripts in tests/SupportBot.Dialogs.Tests/Transcripts record them, with the default knowledge content.
/// </summary>
public static class ScenarioCatalog
{
    public static IReadOnlyList<Scenario> Support { get; } =
    [
        new("cancellation", "ja-JP",
        [
            new("注文をキャンセルしたい", "注文番号"),
            new("２５０－１２３４５６７－１２３４５６７", "状態"),
            new("発送済み（まだ届いていない）", "販売元"),
            new("マーケットプレイス出品者", "お支払い方法"),
            new("クレジットカード", "解決しましたか"),
            new("はい", "ありがとうございました"),
        ], MidDialogStep: 3),
        new("refund", "ja-JP",
        [
            // Since issue 30 the refund flow asks who sells the item before any timing.
            new("返金がまだです。コンビニで払いました", "販売元"),
            new("ストア（直販）", "いつ"),
            new("2週間前", "受付番号"),
        ], MidDialogStep: 0),
        new("failure-escalation", "ja-JP",
        [
            new("キャンセルが失敗した・拒否された", "どうなりましたか"),
            new("エラーで失敗した", "状況"),
            new("システムエラー", "結果を教えてください"),
            new("もう一度試してもだめだった", "受付番号"),
        ], MidDialogStep: 2),
    ];

    /// <summary>The same turns for the echo bot, which answers each message with its own text.</summary>
    public static IReadOnlyList<Scenario> Echo { get; } =
        Support.Select(s => s with { Steps = s.Steps.Select(step => step with { Expect = step.Text }).ToList() }).ToList();
}
