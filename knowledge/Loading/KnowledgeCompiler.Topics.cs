using System.Globalization;
using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Loading;

/// <summary>The reference topics the dialogs read by type: procedures, failures, rejections, withdraw, refund status, marketplace, menu, FAQ.</summary>
internal sealed partial class KnowledgeCompiler
{
    private Dictionary<string, Procedure> ReadProcedures(out IReadOnlyList<LocalizedText> notes)
    {
        var root = Root(KnowledgeKinds.Procedures);
        CheckUnique(root.Items("procedures"));
        var procedures = new Dictionary<string, Procedure>(StringComparer.Ordinal);
        foreach (var item in root.Items("procedures"))
        {
            procedures.TryAdd(item.String("id"), new Procedure(item.String("id"), item.Text("title"), item.Texts("steps")));
        }

        foreach (var id in ProcedureIds.All.Where(id => !procedures.ContainsKey(id)))
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

        return new MarketplaceGuide(
            root.Text("summary"),
            root.Text("reply_time"),
            root.Text("refund"),
            hours,
            days,
            root.Texts("contact_steps"),
            root.Texts("tips"),
            root.Rows("characteristics", "topic", "detail"),
            root.Rows("comparison", "aspect", "store", "marketplace"),
            root.Rows("troubles", "problem", "cause", "solution"));
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

    private List<MenuItem> ReadMenu()
    {
        var root = Root(KnowledgeKinds.Menu);
        CheckUnique(root.Items("items"), "topic");
        return [.. root.Items("items").Select(item => new MenuItem(item.String("topic"), item.Text("label")))];
    }

    private FaqGuide ReadFaq()
    {
        var root = Root(KnowledgeKinds.Faq);
        CheckUnique(root.Items("entries"));
        var entries = new List<FaqEntry>();
        foreach (var item in root.Items("entries"))
        {
            if (!item.Has("answer") && item.Strings("shows").Count == 0)
            {
                item.Error(ValidationMessages.AnswerEmpty(item.String("id")));
            }

            var examples = item.Has("examples") ? item["examples"].AsPhrases() : new Phrases([], []);
            entries.Add(new FaqEntry(
                item.String("id"), item.Text("question"), item.OptionalText("answer"), item["keywords"].AsPhrases(), examples, item.Strings("shows"),
                item.OptionalString("topic")));
        }

        var buttons = new List<FaqEntry>();
        foreach (var button in root.Items("buttons"))
        {
            var id = button.Node?.ToString() ?? string.Empty;
            if (entries.FirstOrDefault(e => e.Id == id) is { } entry)
            {
                buttons.Add(entry);
            }
            else
            {
                button.Error(ValidationMessages.DanglingReference("FAQ entry", id, "faq.yaml entries"));
            }
        }

        return new FaqGuide(entries, buttons, root.Rows("checklist", "item", "detail"), root.Texts("tips"), root.Texts("if_unsure"));
    }

    /// <summary>Every id an FAQ entry shows names a part of the content; a wrong one is reported at its line.</summary>
    private void CheckShows(IReadOnlyDictionary<string, ContentSection> sections)
    {
        if (sections.Count == 0)
        {
            return;
        }

        foreach (var item in Root(KnowledgeKinds.Faq).Items("entries"))
        {
            foreach (var shown in item.Items("shows"))
            {
                var id = shown.Node?.ToString() ?? string.Empty;
                if (!sections.ContainsKey(id))
                {
                    var near = sections.Keys.OrderBy(k => EditDistance(k, id)).Take(3);
                    shown.Error(ValidationMessages.UnknownSection(id, near));
                }
            }
        }
    }
}
