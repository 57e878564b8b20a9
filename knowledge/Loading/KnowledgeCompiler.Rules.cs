using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Loading;

/// <summary>decision-rules.yaml and refund-timing.yaml: coverage of every stage × seller, refund timing per payment.</summary>
internal sealed partial class KnowledgeCompiler
{
    private (IReadOnlyList<StageInfo>, IReadOnlyList<SellerInfo>, IReadOnlyList<DecisionRule>, Dictionary<(OrderStage, SellerType), DecisionRule>) ReadRules(
        FailureGuide failures, IReadOnlyDictionary<string, Procedure> procedures)
    {
        var root = Root(KnowledgeKinds.DecisionRules);
        CheckUnique(root.Items("stages"));
        CheckUnique(root.Items("sellers"));
        CheckUnique(root.Items("rules"));

        var stageInfos = new StageInfo?[KnowledgeIds.Stages.Count];
        foreach (var item in root.Items("stages"))
        {
            if (KnowledgeIds.TryParseStage(item.String("id"), out var stage))
            {
                stageInfos[(int)stage] = new StageInfo(stage, item.Text("label"), item.Text("how_to_see"));
            }
        }

        var sellerInfos = new SellerInfo?[KnowledgeIds.Sellers.Count];
        foreach (var item in root.Items("sellers"))
        {
            if (KnowledgeIds.TryParseSeller(item.String("id"), out var seller))
            {
                sellerInfos[(int)seller] = new SellerInfo(seller, item.Text("label"), item.Text("how_to_tell"));
            }
        }

        foreach (var stage in KnowledgeIds.Stages.Where(s => stageInfos[(int)s] is null))
        {
            root["stages"].Error(ValidationMessages.MissingEntry("stage", KnowledgeIds.Id(stage)));
        }

        foreach (var seller in KnowledgeIds.Sellers.Where(s => sellerInfos[(int)s] is null))
        {
            root["sellers"].Error(ValidationMessages.MissingEntry("seller", KnowledgeIds.Id(seller)));
        }

        var rules = new List<DecisionRule>();
        var coverage = new Dictionary<(OrderStage, SellerType), DecisionRule>();
        var coveredBy = new Dictionary<(OrderStage, SellerType), NodeReader>();
        foreach (var item in root.Items("rules"))
        {
            var rule = ReadRule(item, failures, procedures);
            rules.Add(rule);
            foreach (var stage in rule.Stages)
            {
                foreach (var seller in rule.Sellers)
                {
                    if (coveredBy.TryGetValue((stage, seller), out var other))
                    {
                        var otherRule = coverage[(stage, seller)];
                        item["stage"].Error(ValidationMessages.OverlappingRule(KnowledgeIds.Id(stage), KnowledgeIds.Id(seller), otherRule.Id, other.Line));
                        if (otherRule.Outcome != rule.Outcome)
                        {
                            item["outcome"].Error(ValidationMessages.ConflictingRule(
                                KnowledgeIds.Id(stage), KnowledgeIds.Id(seller), otherRule.Id, KnowledgeIds.Id(rule.Outcome), KnowledgeIds.Id(otherRule.Outcome)));
                        }

                        continue;
                    }

                    coverage[(stage, seller)] = rule;
                    coveredBy[(stage, seller)] = item;
                }
            }
        }

        foreach (var stage in KnowledgeIds.Stages)
        {
            foreach (var seller in KnowledgeIds.Sellers.Where(s => !coverage.ContainsKey((stage, s))))
            {
                root["rules"].Error(ValidationMessages.MissingRule(KnowledgeIds.Id(stage), KnowledgeIds.Id(seller)));
            }
        }

        return (stageInfos.OfType<StageInfo>().ToArray(), sellerInfos.OfType<SellerInfo>().ToArray(), rules, coverage);
    }

    private static DecisionRule ReadRule(NodeReader item, FailureGuide failures, IReadOnlyDictionary<string, Procedure> procedures)
    {
        var stages = item.OneOrMany("stage").Select(id => KnowledgeIds.TryParseStage(id, out var s) ? s : (OrderStage?)null).OfType<OrderStage>().ToArray();
        var sellers = item.OneOrMany("seller").Select(id => KnowledgeIds.TryParseSeller(id, out var s) ? s : (SellerType?)null).OfType<SellerType>().ToArray();
        var outcome = KnowledgeIds.TryParseOutcome(item.String("outcome"), out var parsed) ? parsed : Outcome.Info;

        var causes = new List<FailureCause>();
        foreach (var causeNode in item.Items("failure_causes"))
        {
            var id = causeNode.Node?.ToString() ?? string.Empty;
            if (failures.Find(id) is { } cause)
            {
                causes.Add(cause);
            }
            else
            {
                causeNode.Error(ValidationMessages.DanglingReference("failure cause", id, "failures.yaml"));
            }
        }

        return new DecisionRule(
            item.String("id"),
            stages,
            sellers,
            outcome,
            item.Text("headline"),
            item.OptionalText("warning"),
            item.Texts("steps"),
            item.Texts("cautions"),
            item.Texts("if_fails"),
            causes,
            ProcedureRef(item, "procedure", procedures),
            ProcedureRef(item, "fallback_procedure", procedures));
    }

    private static Procedure? ProcedureRef(NodeReader item, string name, IReadOnlyDictionary<string, Procedure> procedures)
    {
        var id = item.OptionalString(name);
        if (id is null)
        {
            return null;
        }

        if (procedures.TryGetValue(id, out var procedure))
        {
            return procedure;
        }

        item[name].Error(ValidationMessages.DanglingReference("procedure", id, "procedures.yaml"));
        return null;
    }

    private RefundTiming[] ReadRefundTimings()
    {
        var root = Root(KnowledgeKinds.RefundTiming);
        CheckUnique(root.Items("payment_methods"));
        var timings = new RefundTiming?[KnowledgeIds.Payments.Count];
        foreach (var item in root.Items("payment_methods"))
        {
            if (!KnowledgeIds.TryParsePayment(item.String("id"), out var payment))
            {
                continue;
            }

            timings[(int)payment] ??= new RefundTiming(
                payment,
                item.Text("label"),
                item.Text("expected"),
                item.Int("overdue_after_days") ?? 0,
                item.Bool("paid_at_delivery"),
                item.Text("refund_via"),
                item.Texts("notes"),
                item.OptionalText("after_seller_refund"));
        }

        foreach (var payment in KnowledgeIds.Payments.Where(p => timings[(int)p] is null))
        {
            root["payment_methods"].Error(ValidationMessages.MissingEntry("payment method refund timing", KnowledgeIds.Id(payment)));
        }

        return timings.Select(t => t!).ToArray();
    }
}
