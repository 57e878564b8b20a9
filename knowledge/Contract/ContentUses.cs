namespace SupportBot.Knowledge;

/// <summary>
/// The parts of the content the dialogs show by themselves (every other part is shown by an FAQ entry's `shows`).
/// `coverage` adds the FAQ's routes and fails on any part no route shows; the conversation tests walk each route.
/// </summary>
public static class ContentUses
{
    public static IReadOnlyList<ContentUse> All { get; } =
    [
        new("decision-rules.stages", "キャンセル: 状態の質問のボタンと「わからない」への説明", "Cancel: the status question's buttons and the answer to \"I don't know\""),
        new("decision-rules.sellers", "キャンセル: 販売元の質問のボタンと「わからない」への説明", "Cancel: the seller question's buttons and the answer to \"I don't know\""),
        new("decision-rules.rules", "キャンセル: 状態・販売元・支払方法のあとの判定（見出し・手順・注意・うまくいかない場合）", "Cancel: the decision after status, seller and payment (headline, steps, cautions, if it fails)"),
        new("refund-timing.payment_methods", "キャンセルの判定の返金目安、返金について（支払方法ごと）", "Cancel: the decision's refund timing; Refund: per payment method"),
        new("marketplace.refund", "キャンセルの判定・返金について: マーケットプレイスの返金", "Cancel decision and Refund: a marketplace seller's refund"),
        new("marketplace.contact_steps", "キャンセル（マーケットプレイス）で解決しない: 出品者への連絡のしかた", "Cancel (marketplace) not solved: how to contact the seller"),
        new("failures.causes", "キャンセルが失敗した: 原因のボタンと対処法", "Request failed: the cause buttons and their remedy"),
        new("failures.after_failure_steps", "キャンセルが失敗した: 原因が「わからない」とき", "Request failed: when the cause is \"I don't know\""),
        new("rejections.rejections", "キャンセルが拒否された: 理由のボタンと代わりの方法", "Request refused: the reason buttons and what to do instead"),
        new("withdraw.summary", "キャンセルリクエストを取り消したい", "Withdraw a sent request"),
        new("withdraw.instead", "キャンセルリクエストを取り消したい: 代わりにできること", "Withdraw a sent request: what to do instead"),
        new("withdraw.prevention", "キャンセルリクエストを取り消したい: 次に備えて", "Withdraw a sent request: for next time"),
        new("procedures.procedures", "発送された・受取拒否したい・返品したい、判定の手順", "Shipped anyway, refuse a delivery, return an item; the decision's procedure"),
        new("procedures.notes", "発送された・受取拒否したい・返品したい: 注意点", "Shipped anyway, refuse a delivery, return an item: notes"),
        new("refund-status.how_to_check", "返金について: 支払方法が「わからない」とき", "Refund: when the payment method is \"I don't know\""),
        new("faq.entries", "よくある質問（メニューまたは質問の入力）", "FAQ (the menu, or a typed question)"),
    ];
}
