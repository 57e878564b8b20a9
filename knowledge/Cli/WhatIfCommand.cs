using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportBot.Knowledge.Cli;

/// <summary>what-if --status S --seller V [--payment P] [--json]: the decision the bot would give.</summary>
internal static class WhatIfCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static int Run(CliArguments args, string lang, CliText text, TextWriter output, TextWriter error)
    {
        var status = args.Option("status");
        var seller = args.Option("seller");
        if (status is null || seller is null)
        {
            error.WriteLine(text.Get("--status と --seller を指定してください。", "Give --status and --seller."));
            error.WriteLine(text.Usage);
            return CliApp.Usage;
        }

        var snapshot = CliApp.Load(args.Option("dir"), error);
        if (snapshot is null)
        {
            return CliApp.Invalid;
        }

        var stage = ValueResolver.Stage(snapshot, status);
        var sellerType = ValueResolver.Seller(snapshot, seller);
        var paymentText = args.Option("payment");
        var payment = paymentText is null ? null : ValueResolver.Payment(snapshot, paymentText);
        if (stage is null || sellerType is null || (paymentText is not null && payment is null))
        {
            var bad = stage is null ? status : sellerType is null ? seller : paymentText;
            error.WriteLine(text.Get($"値を読み取れません: {bad}", $"Cannot read the value: {bad}"));
            return CliApp.Usage;
        }

        var decision = snapshot.Decide(stage.Value, sellerType.Value, payment);
        if (args.Flag("json"))
        {
            output.WriteLine(JsonSerializer.Serialize(ToJson(snapshot, decision), Json));
        }
        else
        {
            Print(snapshot, decision, lang, text, output);
        }

        return CliApp.Ok;
    }

    private static object ToJson(KnowledgeSnapshot snapshot, Decision d) => new
    {
        stage = KnowledgeIds.Id(d.Stage),
        seller = KnowledgeIds.Id(d.Seller),
        payment = d.Payment is { } p ? KnowledgeIds.Id(p) : null,
        outcome = KnowledgeIds.Id(d.Outcome),
        ruleId = d.RuleId,
        warning = d.Rule.Warning,
        headline = d.Rule.Headline,
        steps = d.Rule.Steps,
        cautions = d.Rule.Cautions,
        ifFails = d.Rule.IfFails,
        failureCauses = d.Rule.FailureCauses.Select(c => new { id = c.Id, label = c.Label, remedy = c.Remedy }),
        procedure = d.Rule.Procedure?.Id,
        fallbackProcedure = d.Rule.FallbackProcedure?.Id,
        refundTiming = d.RefundTiming is { } t
            ? new
            {
                refundedBy = d.Seller == SellerType.Marketplace ? "seller" : "store",
                expected = t.Expected,
                overdueAfterDays = d.Seller == SellerType.Marketplace ? snapshot.Marketplace.RefundContactAfterDays : t.OverdueAfterDays,
                escalateAfterDays = (d.Seller == SellerType.Marketplace ? snapshot.Marketplace.RefundContactAfterDays : t.OverdueAfterDays)
                    + snapshot.Escalation.RefundDaysPastLimit,
                nothingToRefund = d.Seller != SellerType.Marketplace && t.NothingPaidFor(d.Outcome),
                refundVia = t.RefundVia,
                notes = t.Notes,
            }
            : null,
        knowledgeVersion = d.KnowledgeVersion,
    };

    private static void Print(KnowledgeSnapshot snapshot, Decision d, string lang, CliText text, TextWriter output)
    {
        output.WriteLine($"{text.Get("ステータス", "Stage")}: {snapshot.StageInfo(d.Stage).Label.For(lang)} ({KnowledgeIds.Id(d.Stage)})");
        output.WriteLine($"{text.Get("出品者", "Seller")}: {snapshot.SellerInfo(d.Seller).Label.For(lang)} ({KnowledgeIds.Id(d.Seller)})");
        if (d.Payment is { } payment)
        {
            output.WriteLine($"{text.Get("支払方法", "Payment")}: {snapshot.RefundTimingFor(payment).Label.For(lang)} ({KnowledgeIds.Id(payment)})");
        }

        output.WriteLine($"{text.Get("結果", "Outcome")}: {KnowledgeIds.Id(d.Outcome)}");
        output.WriteLine($"{text.Get("ルール", "Rule")}: {d.RuleId}");
        output.WriteLine();
        // What the customer reads, bubble by bubble, then what waits behind the buttons.
        var composed = OutcomeComposer.Compose(snapshot, d, lang);
        foreach (var bubble in composed.Now)
        {
            output.WriteLine(bubble.Text);
            output.WriteLine($"  ({bubble.PlainLength} {text.Get("文字", "characters")})");
            output.WriteLine();
        }

        foreach (var bubble in composed.Cautions.Concat(composed.IfFails))
        {
            output.WriteLine(bubble.Text);
            output.WriteLine();
        }

        if (d.RefundTiming is { } t && !t.NothingPaidFor(d.Outcome))
        {
            var days = d.Seller == SellerType.Marketplace ? snapshot.Marketplace.RefundContactAfterDays : t.OverdueAfterDays;
            var escalate = days + snapshot.Escalation.RefundDaysPastLimit;
            output.WriteLine(text.Get(
                $"（遅れの判定: {days}日を過ぎたら遅れ、{escalate}日目から担当者へ）",
                $"(overdue after {days} days; handed to a person from day {escalate})"));
        }

        output.WriteLine();
        output.WriteLine($"{text.Get("ナレッジの版", "Knowledge version")}: {d.KnowledgeVersion}");
    }

    private static void List(TextWriter output, string header, IReadOnlyList<LocalizedText> items, string lang, bool numbered)
    {
        if (items.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"[{header}]");
        for (var i = 0; i < items.Count; i++)
        {
            output.WriteLine(numbered ? $"  {i + 1}. {items[i].For(lang)}" : $"  - {items[i].For(lang)}");
        }
    }
}
