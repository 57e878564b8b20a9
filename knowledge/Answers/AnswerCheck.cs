using System.Globalization;

namespace SupportBot.Knowledge;

/// <summary>Applies answers.yaml to composed answers: bubble and turn lengths, phrasings never said, lines never together.</summary>
public static class AnswerCheck
{
    /// <summary>Every outcome for every stage × seller × payment (and payment unknown) in both languages.</summary>
    public static IEnumerable<ComposedOutcome> EveryOutcome(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        foreach (var language in new[] { LocalizedText.Japanese, LocalizedText.English })
        {
            foreach (var stage in KnowledgeIds.Stages)
            {
                foreach (var seller in KnowledgeIds.Sellers)
                {
                    yield return OutcomeComposer.Compose(knowledge, knowledge.Decide(stage, seller), language);
                    foreach (var payment in KnowledgeIds.Payments)
                    {
                        yield return OutcomeComposer.Compose(knowledge, knowledge.Decide(stage, seller, payment), language);
                    }
                }
            }
        }
    }

    /// <summary>A name for an outcome a lead can find in the answer book ("shipped-store · cash_on_delivery · ja").</summary>
    public static string Name(ComposedOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var payment = outcome.Decision.Payment is { } p ? KnowledgeIds.Id(p) : "payment unknown";
        return $"{outcome.Decision.RuleId} · {payment} · {outcome.Language}";
    }

    public static IEnumerable<AnswerViolation> Check(AnswerRules rules, ComposedOutcome outcome, int questionChars)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(outcome);
        var name = Name(outcome);
        foreach (var bubble in outcome.All.Where(b => b.PlainLength > rules.BubbleChars))
        {
            var first = bubble.Lines[0].Source;
            yield return new AnswerViolation(
                0,
                name,
                $"吹き出しが{bubble.PlainLength}文字あり、上限の{rules.BubbleChars}文字を超えています（{first} から始まる吹き出し）。文を短くするか分けてください。",
                $"A bubble has {bubble.PlainLength} characters, over the limit of {rules.BubbleChars} (the bubble starting at {first}). Shorten or split it.");
        }

        var turn = outcome.Now.Sum(b => b.PlainLength) + questionChars;
        if (turn > rules.TurnChars)
        {
            yield return new AnswerViolation(
                0,
                name,
                $"案内の1回分が{turn}文字あり、上限の{rules.TurnChars}文字を超えています。手順か見出しを短くしてください。",
                $"The outcome turn has {turn} characters, over the limit of {rules.TurnChars}. Shorten the steps or the headline.");
        }

        foreach (var violation in CheckLines(rules, name, outcome.All.SelectMany(b => b.Lines).ToList()))
        {
            yield return violation;
        }
    }

    /// <summary>The phrasing and together rules on any set of lines said in one answer.</summary>
    public static IEnumerable<AnswerViolation> CheckLines(AnswerRules rules, string name, IReadOnlyList<AnswerLine> lines) =>
        CheckPhrasing(rules, name, lines).Concat(CheckTogether(rules, name, lines));

    /// <summary>never_say on lines wherever they are said.</summary>
    public static IEnumerable<AnswerViolation> CheckPhrasing(AnswerRules rules, string name, IReadOnlyList<AnswerLine> lines)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var rule in rules.NeverSay)
        {
            foreach (var line in lines.Where(l => rule.Pattern.IsMatch(l.Text)))
            {
                yield return new AnswerViolation(
                    rule.Line,
                    name,
                    string.Format(CultureInfo.InvariantCulture, "{0} の文「{1}」は never_say「{2}」にあたります: {3}", line.Source, line.Text, rule.Id, rule.Why.Ja),
                    string.Format(CultureInfo.InvariantCulture, "The line at {0} (\"{1}\") breaks never_say \"{2}\": {3}", line.Source, line.Text, rule.Id, rule.Why.En));
            }
        }
    }

    /// <summary>never_together on the lines of one answer.</summary>
    public static IEnumerable<AnswerViolation> CheckTogether(AnswerRules rules, string name, IReadOnlyList<AnswerLine> lines)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var rule in rules.NeverTogether)
        {
            var first = lines.FirstOrDefault(l => NeverTogetherRule.Matches(rule.First, l.Source));
            var second = lines.FirstOrDefault(l => NeverTogetherRule.Matches(rule.Second, l.Source));
            if (first is not null && second is not null)
            {
                yield return new AnswerViolation(
                    rule.Line,
                    name,
                    $"{first.Source} と {second.Source} が同じ案内に入っています（never_together「{rule.Id}」）: {rule.Why.Ja}",
                    $"{first.Source} and {second.Source} stand in one answer (never_together \"{rule.Id}\"): {rule.Why.En}");
            }
        }
    }
}
