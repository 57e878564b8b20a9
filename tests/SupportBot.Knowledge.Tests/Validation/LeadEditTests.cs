using SupportBot.Knowledge.Tests.TestSupport;

namespace SupportBot.Knowledge.Tests.Validation;

/// <summary>
/// What a support lead meets: the mistakes a Japanese keyboard makes, named in Japanese at file:line:col; a content
/// folder copied alone still validates; one broken file never holds back another file's good edit.
/// </summary>
public sealed class LeadEditTests
{
    /// <summary>File, text found, its replacement, the text whose line is named, the column, words of the Japanese message.</summary>
    public static TheoryData<string, string, string, string, int, string> KeyboardMistakes => new()
    {
        // A full-width space typed in the indentation.
        { "withdraw.yaml", "  - ja: 送信後に誤りに", "　 - ja: 送信後に誤りに", "　 - ja: 送信後に誤りに", 1, "全角スペース" },
        // A tab in the indentation.
        { "withdraw.yaml", "  - ja: 送信後に誤りに", "\t- ja: 送信後に誤りに", "\t- ja: 送信後に誤りに", 1, "タブ" },
        // A full-width colon after a key.
        { "refund-timing.yaml", "    overdue_after_days: 7", "    overdue_after_days：7", "overdue_after_days：7", 23, "全角のコロン「：」" },
        // A full-width list dash.
        { "withdraw.yaml", "  - ja: 送信後に誤りに", "  ー ja: 送信後に誤りに", "ー ja: 送信後に誤りに", 3, "全角の「－」や「ー」" },
        // No space after a key's colon.
        { "withdraw.yaml", "  - ja: 送信後に誤りに", "  - ja:送信後に誤りに", "- ja:送信後に誤りに", 8, "半角スペースがありません" },
    };

    [Theory]
    [MemberData(nameof(KeyboardMistakes))]
    public void A_keyboard_mistake_is_named_in_japanese_at_its_line_and_column(string file, string find, string replacement, string lineOf, int column, string ja)
    {
        using var temp = new TempKnowledge();
        var edited = temp.Replace(file, find, replacement);

        var result = KnowledgeLoader.Load(temp.ContentDirectory);

        Assert.Null(result.Snapshot);
        var error = Assert.Single(result.Errors);
        Assert.EndsWith(file, error.File, StringComparison.Ordinal);
        Assert.Equal(TempKnowledge.LineOf(edited, lineOf), error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(ja, error.Ja, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{6,}", error.Ja.Replace("overdue_after_days", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_yaml_is_explained_in_japanese_with_the_likely_fix()
    {
        using var temp = new TempKnowledge();
        temp.Replace("withdraw.yaml", "en: Once sent, a cancellation", "en: Once sent: a cancellation");

        var error = Assert.Single(KnowledgeLoader.Load(temp.ContentDirectory).Errors);

        Assert.StartsWith("YAMLの書き方が正しくありません。文の中に「: 」", error.Ja, StringComparison.Ordinal);
        Assert.Contains("Broken YAML", error.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_folder_copied_alone_validates_against_the_tool_s_own_schemas()
    {
        var alone = Directory.CreateTempSubdirectory("supportbot-content-alone-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(TempKnowledge.ShippedContentDirectory, "*.yaml"))
            {
                var text = File.ReadAllText(file);
                // Without the editor's line-1 comment too: the file's name says its kind.
                File.WriteAllText(Path.Combine(alone, Path.GetFileName(file)), text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
            }

            var result = KnowledgeLoader.Load(alone);

            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        }
        finally
        {
            Directory.Delete(alone, recursive: true);
        }
    }

    [Fact]
    public void A_broken_file_keeps_its_last_good_version_while_another_file_s_good_edit_goes_live()
    {
        using var temp = new TempKnowledge();
        var good = KnowledgeLoader.Load(temp.ContentDirectory);
        Assert.True(good.Succeeded);
        temp.Replace("messages.yaml", "    ja: これで解決しましたか？", "    ja: \"これで解決しましたか？");
        temp.Replace("refund-timing.yaml", "      ja: 3〜5営業日", "      ja: 3〜5営業日ほど");

        var result = KnowledgeLoader.Load(temp.ContentDirectory, good.Texts);

        Assert.NotNull(result.Snapshot);
        Assert.Equal("3〜5営業日ほど", result.Snapshot!.RefundTimingFor(PaymentMethod.CreditCard).Expected.Ja);
        Assert.Equal("これで解決しましたか？", result.Snapshot.Text(MessageKeys.CommonDidThatSolve, "ja"));
        Assert.Equal(["messages.yaml"], result.HeldBack);
        Assert.Contains(result.Errors, e => e.File.EndsWith("messages.yaml", StringComparison.Ordinal) && e.Ja.StartsWith("YAMLの書き方", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.File.EndsWith("messages.yaml", StringComparison.Ordinal) && e.Ja.Contains("前の正しい版", StringComparison.Ordinal));
        Assert.True(result.Partial);
    }

    [Fact]
    public void A_good_edit_that_needs_the_broken_file_waits_with_it_and_says_so()
    {
        using var temp = new TempKnowledge();
        var good = KnowledgeLoader.Load(temp.ContentDirectory);
        // escalation.yaml now names a new message that only the broken messages.yaml would have added.
        temp.Replace("messages.yaml", "  escalation.reason.cancel_failed:", "  escalation.reason.cancel_failed_new:\n    ja: \"新しい\n    en: New\n  escalation.reason.cancel_failed:");
        temp.Replace("escalation.yaml", "message: escalation.reason.cancel_failed", "message: escalation.reason.cancel_failed_new");
        temp.Replace("refund-timing.yaml", "      ja: 3〜5営業日", "      ja: 3〜5営業日ほど");

        var result = KnowledgeLoader.Load(temp.ContentDirectory, good.Texts);

        Assert.NotNull(result.Snapshot);
        Assert.Equal("3〜5営業日ほど", result.Snapshot!.RefundTimingFor(PaymentMethod.CreditCard).Expected.Ja);
        Assert.Equal(["messages.yaml", "escalation.yaml"], result.HeldBack);
        Assert.Contains(result.Errors, e => e.File.EndsWith("escalation.yaml", StringComparison.Ordinal) && e.Ja.Contains("messages.yaml の新しい版を必要", StringComparison.Ordinal));
    }
}
