using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Tests.TestSupport;

/// <summary>
/// What a turn's replies must show, stated with knowledge keys and ids: the expected words are looked up in the
/// knowledge snapshot in the conversation's language, never written into the test.
/// </summary>
public abstract record Expect
{
    /// <summary>Some reply contains the message of <paramref name="key"/>.</summary>
    public static Expect Says(MessageKey key, params (string Name, string Value)[] args) =>
        new TextExpectation(key.Name, (k, lang) => k.Text(key, lang, args));

    /// <summary>Some reply contains the message of <paramref name="key"/> with whatever its placeholders were filled with.</summary>
    public static Expect SaysAny(MessageKey key) => new TemplateExpectation(key);

    /// <summary>Some reply contains a text taken from the knowledge model (a rule's headline, a remedy...).</summary>
    public static Expect SaysFrom(string what, Func<KnowledgeSnapshot, string, string> text) => new TextExpectation(what, text);

    /// <summary>Some reply carries the supportbot/outcome entity with this outcome (and rule id when given).</summary>
    public static Expect Outcome(string outcome, string? ruleId = null) => new OutcomeExpectation(outcome, _ => ruleId);

    public static Expect Outcome(string outcome, Func<KnowledgeSnapshot, string> ruleId) => new OutcomeExpectation(outcome, ruleId);

    /// <summary>Some reply carries the supportbot/escalation entity for this escalation trigger, with a ticket id.</summary>
    public static Expect Escalates(string reason) => new EscalationExpectation(reason);

    /// <summary>Some reply offers these buttons (labels of the given message keys).</summary>
    public static Expect Buttons(params Label[] labels) => new ButtonsExpectation(labels);

    /// <summary>No reply contains the message of <paramref name="key"/> (a question that must not be asked, a wrong answer).</summary>
    public static Expect SaysNot(MessageKey key) => new NoTextExpectation(key);

    /// <summary>Some reply says the customer's topic is not handled in this chat (the supportbot/outOfScope marker), named or not.</summary>
    public static Expect DeclinesTopic { get; } = new DeclinesTopicExpectation();

    /// <summary>No reply gives an outcome or escalates.</summary>
    public static Expect NoOutcome { get; } = new NoOutcomeExpectation();

    public abstract void Check(IReadOnlyList<IMessageActivity> replies, KnowledgeSnapshot knowledge, string language);

    protected static string Describe(IReadOnlyList<IMessageActivity> replies) =>
        replies.Count == 0 ? "(no reply)" : string.Join("\n---\n", replies.Select(r => r.Text));

    private sealed record TextExpectation(string What, Func<KnowledgeSnapshot, string, string> Text) : Expect
    {
        public override void Check(IReadOnlyList<IMessageActivity> replies, KnowledgeSnapshot knowledge, string language)
        {
            var expected = Text(knowledge, language);
            Assert.True(
                replies.Any(r => r.Text?.Contains(expected, StringComparison.Ordinal) == true),
                $"Expected a reply containing {What} \"{expected}\" but the bot said:\n{Describe(replies)}");
        }

        public override string ToString() => "says " + What;
    }

    private sealed record TemplateExpectation(MessageKey Key) : Expect
    {
        public override void Check(IReadOnlyList<IMessageActivity> replies, KnowledgeSnapshot knowledge, string language)
        {
            var parts = System.Text.RegularExpressions.Regex.Split(knowledge.Text(Key, language), @"\{[A-Za-z]+\}").Where(p => p.Length > 0).ToList();
            Assert.True(
                replies.Any(r => parts.All(p => r.Text?.Contains(p, StringComparison.Ordinal) == true)),
                $"Expected a reply saying {Key} but the bot said:\n{Describe(replies)}");
        }

        public override string ToString() => "says " + Key;
    }

    private sealed record DeclinesTopicExpectation : Expect
    {
        public override void Check(IReadOnlyList<IMessageActivity> replies, KnowledgeSnapshot knowledge, string language) =>
            Assert.True(
                replies.Any(r => OutcomeEntities.Find(r, OutcomeEntities.OutOfScopeType) is not null),
                $"Expected the topic declined as outside this chat but the bot said:\n{Describe(replies)}");

        public override string ToString() => "declines the topic";
    }

    private sealed record NoTextExpectation(MessageKey Key) : Expect
    {
        public override void Check(IReadOnlyList<IMessageActivity> replies, KnowledgeSnapshot knowledge, string language)
        {
            var unwanted = knowledge.Text(Key, language);
            Assert.False(
                replies.Any(r => r.Text?.Contains(unwanted, StringComparison.Ordinal) == true),
                $"Expected no reply containing {Key} but the bot said:\n{Describe(replies)}");
        }

        public override string ToString() => "does not say " + Key;
    }

    private sealed record OutcomeExpectation(string OutcomeId, Func<KnowledgeSnapshot, string?> RuleId) : Expect
    {
        public override void Check(IReadOnlyList<IMessageActivity> replies, KnowledgeSnapshot knowledge, string language)
        {
            var entities = replies.Select(r => OutcomeEntities.Find(r, OutcomeEntities.OutcomeType)).OfType<Entity>().ToList();
            var ruleId = RuleId(knowledge);
            Assert.True(
                entities.Any(e => (string?)e.Properties["outcome"] == OutcomeId
                    && (ruleId is null || (string?)e.Properties["ruleId"] == ruleId)
                    && (string?)e.Properties["knowledgeVersion"] == knowledge.Version),
                $"Expected outcome {OutcomeId} (rule {ruleId ?? "any"}) but got [{string.Join(", ", entities.Select(e => e.Properties.ToString(Newtonsoft.Json.Formatting.None)))}] in:\n{Describe(replies)}");
        }

        public override string ToString() => "outcome " + OutcomeId;
    }

    private sealed record EscalationExpectation(string Reason) : Expect
    {
        public override void Check(IReadOnlyList<IMessageActivity> replies, KnowledgeSnapshot knowledge, string language)
        {
            var entity = replies.Select(r => OutcomeEntities.Find(r, OutcomeEntities.EscalationType)).OfType<Entity>().FirstOrDefault();
            Assert.True(entity is not null, $"Expected an escalation ({Reason}) but the bot said:\n{Describe(replies)}");
            Assert.Equal(Reason, (string?)entity.Properties["reason"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)entity.Properties["ticketId"]));
            var rule = knowledge.Escalation.For(KnowledgeIds.TryParseTrigger(Reason, out var trigger) ? trigger : throw new ArgumentException(Reason));
            Assert.Contains(replies, r => r.Text?.Contains(rule.Message.For(language), StringComparison.Ordinal) == true);
        }

        public override string ToString() => "escalates " + Reason;
    }

    private sealed record ButtonsExpectation(Label[] Labels) : Expect
    {
        public override void Check(IReadOnlyList<IMessageActivity> replies, KnowledgeSnapshot knowledge, string language)
        {
            var titles = replies.SelectMany(r => r.SuggestedActions?.Actions ?? []).Select(a => a.Title).ToList();
            foreach (var label in Labels)
            {
                Assert.Contains(label.Text(knowledge, language), titles);
            }
        }

        public override string ToString() => "buttons " + string.Join(", ", (IEnumerable<Label>)Labels);
    }

    private sealed record NoOutcomeExpectation : Expect
    {
        public override void Check(IReadOnlyList<IMessageActivity> replies, KnowledgeSnapshot knowledge, string language) =>
            Assert.DoesNotContain(replies, r => r.Entities?.Any(e => e.Type is OutcomeEntities.OutcomeType or OutcomeEntities.EscalationType) == true);

        public override string ToString() => "no outcome";
    }
}
