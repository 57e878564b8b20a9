using System.Globalization;
using System.Text.RegularExpressions;
using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Loading;

/// <summary>answers.yaml (limits and rules every composed answer is checked against) and store.yaml (the operator's settings).</summary>
internal sealed partial class KnowledgeCompiler
{
    private static readonly string[] DayIds = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    private AnswerRules ReadAnswers()
    {
        var root = Root(KnowledgeKinds.Answers);
        var limits = root["limits"];
        CheckUnique(root.Items("never_say"));
        CheckUnique(root.Items("never_together"));
        var neverSay = new List<NeverSayRule>();
        foreach (var item in root.Items("never_say"))
        {
            try
            {
                neverSay.Add(new NeverSayRule(item.String("id"), new Regex(item.String("pattern"), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), item.Text("why"), item.Line));
            }
            catch (ArgumentException e)
            {
                item["pattern"].Error(ValidationMessages.BadPattern(e.Message));
            }
        }

        var neverTogether = root.Items("never_together")
            .Select(item => (item, lines: item.Strings("lines")))
            .Where(x => x.lines.Count == 2)
            .Select(x => new NeverTogetherRule(x.item.String("id"), x.lines[0], x.lines[1], x.item.Text("why"), x.item.Line))
            .ToList();
        return new AnswerRules(limits.Int("bubble_chars") ?? 220, limits.Int("turn_chars") ?? 600, neverSay, neverTogether, ReadSources(root));
    }

    /// <summary>Every rule, payment method and FAQ entry names the article's sections it comes from; an unknown one is an error at its line.</summary>
    private Dictionary<string, IReadOnlyList<LocalizedText>> ReadSources(NodeReader answers)
    {
        CheckUnique(answers.Items("sources"));
        var titles = answers.Items("sources").GroupBy(s => s.String("id"), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text("title"), StringComparer.Ordinal);
        var sources = new Dictionary<string, IReadOnlyList<LocalizedText>>(StringComparer.Ordinal);
        foreach (var (kind, list) in new[] { (KnowledgeKinds.DecisionRules, "rules"), (KnowledgeKinds.RefundTiming, "payment_methods"), (KnowledgeKinds.Faq, "entries") })
        {
            foreach (var item in Root(kind).Items(list))
            {
                var named = new List<LocalizedText>();
                foreach (var id in item.OneOrMany("source"))
                {
                    if (titles.TryGetValue(id, out var title))
                    {
                        named.Add(title);
                    }
                    else
                    {
                        item["source"].Error(ValidationMessages.UnknownSource(id));
                    }
                }

                sources[kind + ".yaml#" + item.String("id")] = named;
            }
        }

        return sources;
    }

    private StoreSettings ReadStore()
    {
        var root = Root(KnowledgeKinds.Store);
        DeskHours? desk = null;
        if (root.Has("desk"))
        {
            var node = root["desk"];
            TimeZoneInfo? zone = null;
            try
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(node.String("time_zone"));
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                node["time_zone"].Error(ValidationMessages.UnknownTimeZone(node.String("time_zone")));
            }

            var openings = node.Items("hours").Select(ReadOpening).ToList();
            desk = zone is null ? null : new DeskHours(zone, node.Text("label"), openings);
        }

        var canned = root.Has("canned_replies")
            ? root.Items("canned_replies").Select(item => new CannedReply(item.String("id"), item.Text("title"), item.Text("text"))).ToList()
            : [];
        return new StoreSettings(desk, root.Int("expected_wait_minutes"), canned);
    }

    private static DeskOpening ReadOpening(NodeReader item)
    {
        var days = item.Strings("days").Select(d => (DayOfWeek)Array.IndexOf(DayIds, d)).ToHashSet();
        var from = TimeOnly.ParseExact(item.String("from"), "HH:mm", CultureInfo.InvariantCulture);
        var to = item.String("to");
        var midnight = to == "24:00";
        var until = midnight ? TimeOnly.MaxValue : TimeOnly.ParseExact(to, "HH:mm", CultureInfo.InvariantCulture);
        if (!midnight && until <= from)
        {
            item["to"].Error(ValidationMessages.HoursBackwards(item.String("from"), to));
        }

        return new DeskOpening(days, from, until, midnight);
    }

    /// <summary>Every composed outcome, the FAQ answers and the messages against answers.yaml, reported at the rule's line.</summary>
    private void CheckAnswers(KnowledgeSnapshot snapshot)
    {
        var file = _files[KnowledgeKinds.Answers];
        var rules = snapshot.Answers;
        var violations = new List<AnswerViolation>();
        // A length broken by a rule's texts is reported at that rule in decision-rules.yaml, where the lead shortens it.
        var ruleNodes = Root(KnowledgeKinds.DecisionRules).Items("rules").ToDictionary(r => r.String("id"), StringComparer.Ordinal);
        var reported = new HashSet<(string, string)>();
        foreach (var outcome in AnswerCheck.EveryOutcome(snapshot))
        {
            var question = snapshot.Text(MessageKeys.CommonDidThatSolve, outcome.Language).Length;
            foreach (var violation in AnswerCheck.Check(rules, outcome, question))
            {
                if (violation.RuleLine == 0 && ruleNodes.TryGetValue(outcome.Decision.RuleId, out var node))
                {
                    // One report per rule and language: the same texts are too long whatever the payment.
                    if (reported.Add((outcome.Decision.RuleId, outcome.Language)))
                    {
                        node.Error((violation.Answer + ": " + violation.Ja, violation.Answer + ": " + violation.En));
                    }
                }
                else
                {
                    violations.Add(violation);
                }
            }
        }

        foreach (var language in new[] { LocalizedText.Japanese, LocalizedText.English })
        {
            foreach (var entry in snapshot.Faq.Entries.Where(e => e.Answer is not null))
            {
                violations.AddRange(AnswerCheck.CheckPhrasing(rules, $"faq {entry.Id} · {language}", [new AnswerLine(entry.Answer!.For(language), "faq.yaml#" + entry.Id)]));
            }

            foreach (var section in snapshot.Sections.Values)
            {
                violations.AddRange(AnswerCheck.CheckPhrasing(rules, $"{section.Id} · {language}", [.. SectionLines.Of(section, language)]));
            }

            foreach (var key in snapshot.Messages.Keys)
            {
                var line = new AnswerLine(snapshot.Messages.Template(key).Text.For(language), "messages.yaml#" + key);
                violations.AddRange(AnswerCheck.CheckPhrasing(rules, $"{key} · {language}", [line]));
            }
        }

        // One report per rule and line of text: the same caution breaks a rule in every payment's answer.
        foreach (var violation in violations.DistinctBy(v => (v.RuleLine, v.Ja)).Take(50))
        {
            _errors.Add(new KnowledgeError(file.DisplayPath, Math.Max(1, violation.RuleLine), 1, violation.Answer + ": " + violation.Ja, violation.Answer + ": " + violation.En));
        }
    }
}
