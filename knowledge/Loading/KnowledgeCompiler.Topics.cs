using System.Globalization;
using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Loading;

/// <summary>The reference topics: procedures, failures, rejections, withdraw, refund status, marketplace, background, account, FAQ.</summary>
internal sealed partial class KnowledgeCompiler
{
    private static readonly string[] ProcedureIds = ["refuse_delivery", "return"];

    private Dictionary<string, Procedure> ReadProcedures(out IReadOnlyList<LocalizedText> notes)
    {
        var root = Root(KnowledgeKinds.Procedures);
        CheckUnique(root.Items("procedures"));
        var procedures = new Dictionary<string, Procedure>(StringComparer.Ordinal);
        foreach (var item in root.Items("procedures"))
        {
            procedures.TryAdd(item.String("id"), new Procedure(item.String("id"), item.Text("title"), item.Texts("steps")));
        }

        foreach (var id in ProcedureIds.Where(id => !procedures.ContainsKey(id)))
        {
            root["procedures"].Error(ValidationMessages.MissingEntry("procedure", id));
        }

        notes = root.Texts("notes");
        return procedures;
    }

    private FailureGuide ReadFailures(IReadOnlyDictionary<string, Procedure> procedures)
    {
        var root = Root(KnowledgeKinds.Failures);
        CheckUnique(root.Items("causes"));
        var causes = root.Items("causes")
            .Select(item => new FailureCause(
                item.String("id"), item.Text("label"), item.Text("remedy"), ProcedureRef(item, "procedure", procedures), item.Bool("escalate_if_repeated")))
            .ToArray();
        var patterns = new List<FailurePattern>();
        foreach (var item in root.Items("patterns"))
        {
            var id = item.String("cause");
            var cause = causes.FirstOrDefault(c => c.Id == id);
            if (cause is null)
            {
                item["cause"].Error(ValidationMessages.DanglingReference("failure cause", id, "failures.yaml causes"));
                continue;
            }

            patterns.Add(new FailurePattern(item.Text("text"), cause));
        }

        return new FailureGuide(
            causes, patterns, root.Texts("after_failure_steps"), root.OptionalText("prevention"), root.Rows("delay_causes", "cause", "detail", "fix"));
    }

    private List<Rejection> ReadRejections(IReadOnlyDictionary<string, Procedure> procedures)
    {
        var root = Root(KnowledgeKinds.Rejections);
        CheckUnique(root.Items("rejections"));
        return root.Items("rejections")
            .Select(item => new Rejection(
                item.String("id"),
                item.Text("reason"),
                item.Text("alternative"),
                KnowledgeIds.TryParseOutcome(item.String("outcome"), out var outcome) ? outcome : Outcome.Info,
                ProcedureRef(item, "procedure", procedures)))
            .ToList();
    }

    private WithdrawInfo ReadWithdraw()
    {
        var root = Root(KnowledgeKinds.Withdraw);
        return new WithdrawInfo(root.Text("summary"), root.Texts("instead"), root.OptionalText("prevention"));
    }

    private RefundStatusGuide ReadRefundStatus()
    {
        var root = Root(KnowledgeKinds.RefundStatus);
        CheckUnique(root.Items("emails"));
        CheckUnique(root.Items("statuses"));
        return new RefundStatusGuide(
            root.Texts("how_to_check"),
            root.Texts("if_late"),
            root.OptionalText("tip"),
            root.Items("emails").Select(i => new NotificationEmail(i.String("id"), i.Text("subject"), i.Text("meaning"))).ToArray(),
            root.Items("statuses").Select(i => new OrderStatusInfo(i.String("id"), i.Text("label"), i.Text("meaning"))).ToArray(),
            root.Texts("notes"));
    }

    private MarketplaceGuide ReadMarketplace()
    {
        var root = Root(KnowledgeKinds.Marketplace);
        var hours = Threshold(root, "recontact_after_hours");
        var days = Threshold(root, "refund_contact_after_days");

        // The thresholds are written once, as numbers; the texts name them so a changed number changes the words too.
        (string, string)[] thresholds =
        [
            ("recontact_after_hours", hours.ToString(CultureInfo.InvariantCulture)),
            ("refund_contact_after_days", days.ToString(CultureInfo.InvariantCulture)),
        ];
        LocalizedText Fill(LocalizedText text) =>
            new(MessageCatalog.Format(text.Ja, thresholds), MessageCatalog.Format(text.En, thresholds));

        return new MarketplaceGuide(
            root.Text("summary"),
            root.Text("reply_time"),
            hours,
            days,
            [.. root.Texts("contact_steps").Select(Fill)],
            root.Texts("tips"),
            root.Rows("characteristics", "topic", "detail"),
            root.Rows("comparison", "aspect", "store", "marketplace"),
            [.. root.Rows("troubles", "problem", "cause", "solution").Select(row => new TableRow([.. row.Cells.Select(Fill)]))]);
    }

    private static int Threshold(NodeReader root, string name)
    {
        var value = root.Int(name) ?? 0;
        if (value <= 0)
        {
            root[name].Error(ValidationMessages.ThresholdRequired(name));
        }

        return value;
    }

    private BackgroundGuide ReadBackground()
    {
        var root = Root(KnowledgeKinds.Background);
        var shipped = root["shipped_cannot_cancel"];
        return new BackgroundGuide(
            root.Rows("glossary", "term", "meaning"),
            root.Texts("flow"),
            root.Texts("cannot_cancel_cases"),
            root.OptionalText("cannot_cancel_next"),
            shipped.Text("summary"),
            shipped.Texts("reasons"),
            shipped.Text("next"));
    }

    private AccountGuide ReadAccount()
    {
        var root = Root(KnowledgeKinds.Account);
        return new AccountGuide(
            root.Text("summary"),
            root.Rows("impacts", "situation", "effect", "remedy"),
            root.Texts("before_ordering"),
            root.OptionalText("after_ordering"),
            root.Texts("risk_examples"),
            root.Texts("avoid_steps"),
            root.OptionalText("buyer_penalty"));
    }

    private FaqGuide ReadFaq(IReadOnlyList<DecisionRule> rules, Dictionary<string, Procedure> procedures)
    {
        var root = Root(KnowledgeKinds.Faq);
        CheckUnique(root.Items("entries"));
        var ids = root.Items("entries").Select(i => i.String("id")).ToHashSet(StringComparer.Ordinal);
        var entries = new List<FaqEntry>();
        foreach (var item in root.Items("entries"))
        {
            var see = item.OptionalString("see");
            if (see is not null && !ids.Contains(see) && !procedures.ContainsKey(see) && rules.All(r => r.Id != see))
            {
                item["see"].Error(ValidationMessages.DanglingReference("rule, procedure or FAQ id", see, "decision-rules.yaml, procedures.yaml, faq.yaml"));
            }

            entries.Add(new FaqEntry(item.String("id"), item.Text("question"), item.Text("answer"), item["keywords"].AsPhrases(), see));
        }

        return new FaqGuide(entries, root.Rows("checklist", "item", "detail"), root.Texts("tips"), root.Texts("if_unsure"));
    }
}
