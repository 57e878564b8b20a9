using System.Text.Json;
using SupportBot.Knowledge.Cli;
using SupportBot.Knowledge.Tests.TestSupport;

namespace SupportBot.Knowledge.Tests.Cli;

public sealed class CliAppTests
{
    private static readonly string Shipped = TempKnowledge.ShippedContentDirectory;

    [Fact]
    public void Validate_exits_zero_for_the_shipped_content()
    {
        var (code, output, _) = Run("validate", Shipped);

        Assert.Equal(0, code);
        Assert.StartsWith("OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_exits_one_and_prints_file_line_column_for_a_bad_edit()
    {
        using var temp = new TempKnowledge();
        var edited = temp.Replace("refund-timing.yaml", "    overdue_after_days: 7", "    overdue_after_days: -7");

        var (code, _, error) = Run("validate", temp.ContentDirectory, "--lang", "en");

        Assert.Equal(1, code);
        Assert.Matches($@"refund-timing\.yaml:{TempKnowledge.LineOf(edited, "overdue_after_days: -7")}:\d+: .+ / .+", error);
        Assert.Contains("keeps using the last good version", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("発送済み", "直販", "クレカ", "refuse_delivery", "shipped-store", "credit_card")]
    [InlineData("shipped", "store", "credit_card", "refuse_delivery", "shipped-store", "credit_card")]
    [InlineData("もう発送されました", "マケプレ", "ペイペイ", "refuse_delivery", "shipped-marketplace", "e_money")]
    [InlineData("出荷準備中", "マーケットプレイス出品者", "代引き", "cancel", "preparing-marketplace", "cash_on_delivery")]
    [InlineData("届きました", "ストア", "コンビニ", "return", "received-store", "convenience_atm")]
    [InlineData("not_shipped", "marketplace", "COD", "cancel", "not-shipped-marketplace", "cash_on_delivery")]
    [InlineData("発送前", "store", "ＡＴＭ", "cancel", "not-shipped-store", "convenience_atm")]
    public void What_if_accepts_japanese_or_english_values(string status, string seller, string payment, string outcome, string ruleId, string paymentId)
    {
        var (code, output, error) = Run("what-if", "--status", status, "--seller", seller, "--payment", payment, "--json", "--dir", Shipped);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(outcome, json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(ruleId, json.RootElement.GetProperty("ruleId").GetString());
        Assert.Equal(paymentId, json.RootElement.GetProperty("payment").GetString());
        Assert.True(json.RootElement.GetProperty("refundTiming").GetProperty("overdueAfterDays").GetInt32() > 0);
        Assert.True(json.RootElement.GetProperty("steps").GetArrayLength() > 0);
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("knowledgeVersion").GetString()));
    }

    [Theory]
    [InlineData("ja", "出荷準備中・ストア（直販）のご注文ですね。", "3〜5営業日が目安です。")]
    [InlineData("en", "Got it: Preparing for shipment", "3 to 5 business days.")]
    public void What_if_prints_in_the_requested_language(string lang, string stepsHeader, string timingEnd)
    {
        var (code, output, _) = Run("what-if", "--status", "preparing", "--seller", "store", "--payment", "credit_card", "--lang", lang, "--dir", Shipped);

        Assert.Equal(0, code);
        Assert.Contains(stepsHeader, output, StringComparison.Ordinal);
        Assert.Contains(timingEnd, output, StringComparison.Ordinal);
        Assert.Contains("preparing-store", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what-if", "--status", "shipped")]
    [InlineData("what-if", "--status", "どこか", "--seller", "store")]
    [InlineData("frobnicate")]
    [InlineData("diff", "only-one")]
    [InlineData("validate", "--lang")]
    public void Usage_errors_exit_two(params string[] args)
    {
        var (code, _, error) = Run([.. args, "--dir", Shipped]);

        Assert.Equal(2, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Coverage_lists_every_combination_with_its_rule()
    {
        var (code, output, _) = Run("coverage", Shipped, "--lang", "en");

        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).TakeWhile(r => !r.StartsWith("All 32", StringComparison.Ordinal)).ToList();
        Assert.Equal(0, code);
        Assert.Equal(32, rows.Count);
        Assert.All(rows, row => Assert.Equal(6, row.Split('\t').Length));
        Assert.Contains(rows, r => r.StartsWith("shipped (", StringComparison.Ordinal) && r.Contains("\tshipped-marketplace\trefuse_delivery\t", StringComparison.Ordinal));
        Assert.Contains("All 32 combinations have a rule", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_names_the_route_that_shows_each_part_of_the_content()
    {
        var (code, output, error) = Run("coverage", Shipped, "--lang", "en");

        Assert.True(code == 0, error);
        var routes = output.Split('\n').Where(l => l.Split('\t').Length == 3).Skip(1).ToList();
        Assert.Contains(routes, r => r.StartsWith("background.shipped_cannot_cancel\t", StringComparison.Ordinal) && r.Contains("background.yaml:", StringComparison.Ordinal) && r.Contains("FAQ: Why can't an order be cancelled once it has shipped?", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.StartsWith("procedures.shipping_cost\t", StringComparison.Ordinal) && r.Contains("included by decision-rules.rules", StringComparison.Ordinal));
        Assert.DoesNotContain(routes, r => r.EndsWith("(none)", StringComparison.Ordinal));
        Assert.Contains("parts of the content are shown by some answer", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_fails_with_file_and_line_for_content_no_answer_shows()
    {
        using var temp = new TempKnowledge();
        var edited = temp.Replace("faq.yaml", "    shows: [background.shipped_cannot_cancel]\n", "    shows: [background.flow]\n");

        var (code, _, error) = Run("coverage", "--dir", temp.ContentDirectory, "--lang", "en");

        Assert.Equal(1, code);
        var line = TempKnowledge.LineOf(temp.Read("background.yaml"), "shipped_cannot_cancel:");
        Assert.Contains($"background.yaml:{line}: 'background.shipped_cannot_cancel' is shown by no answer", error, StringComparison.Ordinal);
        Assert.DoesNotContain("shipped_cannot_cancel", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_fails_for_a_message_nothing_uses()
    {
        using var temp = new TempKnowledge();
        temp.Replace("messages.yaml", "messages:\n", "messages:\n  orphan.message:\n    ja: 誰も使わない文です。\n    en: Nobody says this.\n");

        var (code, _, error) = Run("coverage", "--dir", temp.ContentDirectory, "--lang", "en");

        Assert.Equal(1, code);
        Assert.Contains("the message 'orphan.message' is used nowhere", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_lists_the_combinations_whose_outcome_or_timing_changed()
    {
        using var temp = new TempKnowledge();
        temp.Replace("refund-timing.yaml", "      en: the same day at the earliest, up to a few days\n    overdue_after_days: 7", "      en: the same day at the earliest, up to a few days\n    overdue_after_days: 4");
        temp.Replace("decision-rules.yaml", "    outcome: return\n", "    outcome: escalate\n");

        var (code, output, _) = Run("diff", Shipped, temp.ContentDirectory, "--lang", "en");

        Assert.Equal(0, code);
        var changed = output.Split('\n').Where(l => l.Contains(" × ", StringComparison.Ordinal)).ToList();
        // e_money timing changes in all 8 stage × seller pairs; received-store's outcome in its 3 other payments.
        Assert.Equal(11, changed.Count);
        Assert.Contains(changed, l => l.StartsWith("received × store × credit_card: outcome return → escalate", StringComparison.Ordinal));
        Assert.Contains(changed, l => l.StartsWith("shipped × store × e_money: refund the same day at the earliest, up to a few days (> 7) → the same day at the earliest, up to a few days (> 4)", StringComparison.Ordinal));
        Assert.Contains("Combinations that change: 11", output, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
