using SupportBot.Knowledge.Tests.TestSupport;

namespace SupportBot.Knowledge.Tests.Validation;

public sealed class BadEditTests
{
    /// <summary>
    /// A lead's bad edit: file, text found, its replacement, the text whose line the error must name
    /// (with how many lines before it the reported node starts), and words of the Japanese and English message.
    /// </summary>
    public static TheoryData<string, string, string, string, int, string, string> Edits => new()
    {
        // Broken YAML: an unquoted ": " inside a sentence.
        { "withdraw.yaml", "en: Once sent, a cancellation", "en: Once sent: a cancellation", "en: Once sent: a", 0, "YAMLの書き方", "Broken YAML" },
        // Unknown key: a misspelt key.
        { "refund-timing.yaml", "    paid_at_delivery: true", "    paid_at_delivry: true", "paid_at_delivry", 0, "不明なキー「paid_at_delivry」", "Unknown key 'paid_at_delivry'. Did you mean 'paid_at_delivery'?" },
        // Missing translation: the English line of a step removed; the step's `- ja:` line is named.
        { "decision-rules.yaml", "      - ja: 注文履歴を開きます。\n        en: Open your order history.\n", "      - ja: 注文履歴を開きます。\n", "- ja: 注文履歴を開きます。", 0, "英語（en）の訳がありません", "Missing English (en) translation" },
        // Missing translation: blank English text.
        { "faq.yaml", "en: What is a cancellation request?", "en: \"  \"", "en: \"  \"", 0, "英語（en）の訳がありません", "Missing English (en) translation" },
        // Negative days.
        { "refund-timing.yaml", "    overdue_after_days: 7", "    overdue_after_days: -1", "overdue_after_days: -1", 0, "負の数", "cannot be negative" },
        // Dangling reference: an unknown failure cause.
        { "decision-rules.yaml", "failure_causes: [too-late]", "failure_causes: [too-lat]", "failure_causes: [too-lat]", 0, "「too-lat」が見つかりません", "Unknown failure cause 'too-lat'" },
        // Dangling reference: an escalation message key that does not exist.
        { "escalation.yaml", "message: escalation.reason.cancel_failed", "message: escalation.reason.cancel_fail", "message: escalation.reason.cancel_fail", 0, "「escalation.reason.cancel_fail」が見つかりません", "Unknown message key" },
        // Threshold not positive.
        { "escalation.yaml", "    count: 3", "    count: 0", "count: 0", 0, "値が小さすぎます", "Value too small" },
        // Unknown placeholder in a message.
        { "messages.yaml", "{hours}時間以内に", "{hourz}時間以内に", "{hourz}時間以内に", 0, "不明な差し込み項目「{hourz}」", "Unknown placeholder '{hourz}'" },
        // A stage × seller pair left without a rule (received × store now says marketplace).
        { "decision-rules.yaml", "    stage: received\n    seller: store", "    stage: received\n    seller: marketplace", "\nrules:\n", 1, "ステータス「received」× 出品者「store」のルールがありません", "No rule for stage 'received' × seller 'store'" },
        // Unknown value for an id with a fixed list.
        { "decision-rules.yaml", "    outcome: return\n    source:", "    outcome: refund\n    source:", "outcome: refund", 0, "使えない値です", "Value not allowed" },
        // A source naming no section of the article.
        { "decision-rules.yaml", "    source: [buyer-steps, status-flow]", "    source: [buyer-step, status-flow]", "source: [buyer-step,", 0, "出典「buyer-step」", "The source 'buyer-step'" },
        // The file must start with version:.
        { "account.yaml", "version: 2\n", "revision: 2\n", "revision: 2", 0, "「version:」で始めて", "must start with `version:`" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Bad_edit_is_reported_at_its_line_in_both_languages(
        string file, string find, string replacement, string lineOf, int lineOffset, string ja, string en)
    {
        using var temp = new TempKnowledge();
        var edited = temp.Replace(file, find, replacement);
        var expectedLine = TempKnowledge.LineOf(edited, lineOf) + lineOffset;

        var result = KnowledgeLoader.Load(temp.ContentDirectory);

        Assert.Null(result.Snapshot);
        var matching = result.Errors.Where(e => e.Ja.Contains(ja, StringComparison.Ordinal) && e.En.Contains(en, StringComparison.Ordinal)).ToList();
        Assert.True(matching.Count > 0, "no such error; got:\n" + string.Join('\n', result.Errors));
        Assert.Contains(matching, e => e.Line == expectedLine && e.File.EndsWith(file, StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.Matches(@"^.+:\d+:\d+: .+ / .+$", e.ToString()));
    }

    [Fact]
    public void Duplicate_rule_is_reported_at_the_copy_as_a_duplicate_id_and_an_overlap()
    {
        using var temp = new TempKnowledge();
        var text = temp.Read("decision-rules.yaml");
        var start = text.IndexOf("  - id: received-marketplace", StringComparison.Ordinal);
        var edited = text.TrimEnd('\n') + "\n" + text[start..].TrimEnd('\n') + "\n";
        temp.Write("decision-rules.yaml", edited);
        var copyLine = TempKnowledge.LineOf(edited, "- id: received-marketplace", occurrence: 2);

        var errors = KnowledgeLoader.Load(temp.ContentDirectory).Errors;

        var firstLine = TempKnowledge.LineOf(edited, "- id: received-marketplace");
        Assert.Contains(errors, e => e.Line == copyLine && e.En.Contains($"Duplicate id 'received-marketplace' (also on line {firstLine})", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == copyLine + 1 && e.Ja.Contains("すでにあります", StringComparison.Ordinal));
    }

    [Fact]
    public void Conflicting_rules_name_both_outcomes()
    {
        using var temp = new TempKnowledge();
        var text = temp.Read("decision-rules.yaml");
        var start = text.IndexOf("  - id: received-marketplace", StringComparison.Ordinal);
        var copy = text[start..].Replace("id: received-marketplace", "id: received-marketplace-2", StringComparison.Ordinal)
            .Replace("outcome: return", "outcome: escalate", StringComparison.Ordinal);
        temp.Write("decision-rules.yaml", text.TrimEnd('\n') + "\n" + copy);

        var errors = KnowledgeLoader.Load(temp.ContentDirectory).Errors;

        Assert.Contains(errors, e => e.En.Contains("Conflicting rules", StringComparison.Ordinal) && e.En.Contains("escalate", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_payment_method_is_reported()
    {
        using var temp = new TempKnowledge();
        var text = temp.Read("refund-timing.yaml");
        var start = text.IndexOf("  - id: cash_on_delivery", StringComparison.Ordinal);
        temp.Write("refund-timing.yaml", text[..start]);

        var errors = KnowledgeLoader.Load(temp.ContentDirectory).Errors;

        Assert.Contains(errors, e => e.En.Contains("cash_on_delivery", StringComparison.Ordinal) && e.File.EndsWith("refund-timing.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_file_kind_is_reported()
    {
        using var temp = new TempKnowledge();
        File.Delete(temp.PathOf("withdraw.yaml"));

        var errors = KnowledgeLoader.Load(temp.ContentDirectory).Errors;

        Assert.Contains(errors, e => e.File.EndsWith("withdraw.yaml", StringComparison.Ordinal) && e.Line == 1);
    }

    [Fact]
    public void Messages_may_be_split_over_files_but_a_key_may_not_be_defined_twice()
    {
        using var temp = new TempKnowledge();
        temp.Write("messages_dialogs.yaml", "# yaml-language-server: $schema=../schemas/messages.schema.json\nversion: 1\nmessages:\n  dialogs.extra:\n    ja: 追加です。\n    en: Extra.\n  nav.quit:\n    ja: 中止\n    en: Quit\n");

        var errors = KnowledgeLoader.Load(temp.ContentDirectory).Errors;

        var error = Assert.Single(errors);
        Assert.EndsWith("messages_dialogs.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
        Assert.Contains(MessageKeys.NavQuit.Name, error.En, StringComparison.Ordinal);
    }
}
