using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Outcomes;

/// <summary>
/// Turns knowledge into markdown messages: an outcome as composed bubbles (<see cref="ForDecision"/>), or a message
/// built block by block for answers in passing. All words come from the knowledge files.
/// </summary>
public sealed class OutcomeMessage
{
    private readonly KnowledgeSnapshot _knowledge;
    private readonly string _language;
    private readonly List<string> _blocks = [];

    public OutcomeMessage(KnowledgeSnapshot knowledge, string language)
    {
        _knowledge = knowledge;
        _language = language;
    }

    /// <summary>
    /// The decision as a phone shows it: the bubbles of what to do now (what was understood, the headline, the
    /// steps, the refund line for this payment and seller), the first stamped with the supportbot/outcome entity.
    /// </summary>
    public static IReadOnlyList<IMessageActivity> ForDecision(KnowledgeSnapshot knowledge, Decision decision, string language) =>
        Bubbles(OutcomeComposer.Compose(knowledge, decision, language).Now, decision.Outcome, decision.RuleId, knowledge.Version);

    /// <summary>Composed bubbles as markdown messages; the first carries the outcome entity when one is given.</summary>
    public static IReadOnlyList<IMessageActivity> Bubbles(IReadOnlyList<AnswerBubble> bubbles, Outcome? outcome, string ruleId, string knowledgeVersion)
    {
        ArgumentNullException.ThrowIfNull(bubbles);
        var activities = new List<IMessageActivity>();
        foreach (var bubble in bubbles)
        {
            var activity = MessageFactory.Text(bubble.Text);
            activity.TextFormat = TextFormatTypes.Markdown;
            activities.Add(activity);
        }

        if (outcome is { } given && activities.Count > 0)
        {
            activities[0].Entities = [OutcomeEntities.Outcome(given, ruleId, knowledgeVersion)];
        }

        return activities;
    }

    public OutcomeMessage Headline(string text)
    {
        _blocks.Add("**" + text + "**");
        return this;
    }

    public OutcomeMessage Paragraph(string text)
    {
        _blocks.Add(text);
        return this;
    }

    public OutcomeMessage Section(MessageKey? headerKey, IEnumerable<LocalizedText> items, bool numbered)
    {
        ArgumentNullException.ThrowIfNull(items);
        var lines = items.Select((item, i) => (numbered ? $"{i + 1}. " : "- ") + item.For(_language)).ToList();
        if (lines.Count == 0)
        {
            return this;
        }

        if (headerKey is not null)
        {
            _blocks.Add("**" + _knowledge.Text(headerKey, _language) + "**");
        }

        _blocks.Add(string.Join("\n", lines));
        return this;
    }

    public OutcomeMessage Procedure(Procedure? procedure)
    {
        if (procedure is not null)
        {
            _blocks.Add("**" + procedure.Title.For(_language) + "**");
            Section(null, procedure.Steps, numbered: true);
        }

        return this;
    }

    /// <summary>Composed lines (a refund line, for example) as one paragraph.</summary>
    public OutcomeMessage Lines(IEnumerable<AnswerLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = string.Join("\n", lines.Select(l => l.Text));
        if (text.Length > 0)
        {
            _blocks.Add(text);
        }

        return this;
    }

    /// <summary>
    /// A part of the content as the file has it: texts as paragraphs, lists as bullets (numbered for steps), table
    /// rows with the first column in bold and the others under their column's label (messages.yaml `column.NAME`).
    /// </summary>
    public OutcomeMessage Show(ContentSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        foreach (var block in section.Blocks)
        {
            if (block.Text is { } text)
            {
                _blocks.Add(text.For(_language));
                continue;
            }

            _blocks.Add(string.Join("\n", block.Items.Select((item, i) => ItemLines(item, block.Numbered ? $"{i + 1}. " : "- "))));
        }

        return this;
    }

    private string ItemLines(SectionItem item, string marker)
    {
        if (item.Title is null)
        {
            return marker + string.Join(" ", item.Details.Select(d => d.Text.For(_language)));
        }

        var title = "**" + item.Title.For(_language) + "**";
        if (item.Details.Count == 1)
        {
            return marker + title + ": " + item.Details[0].Text.For(_language);
        }

        return marker + title + string.Concat(item.Details.Select(d => "\n  - " + Labelled(d)));
    }

    private string Labelled(SectionDetail detail)
    {
        var label = detail.Column is { } column && _knowledge.Messages.Contains("column." + column)
            ? _knowledge.Messages.Text("column." + column, _language) + ": "
            : string.Empty;
        return label + detail.Text.For(_language);
    }

    /// <summary>The message so far as markdown, for a reply that gives no outcome (an answer in passing).</summary>
    public IMessageActivity BuildText()
    {
        var activity = MessageFactory.Text(string.Join("\n\n", _blocks));
        activity.TextFormat = TextFormatTypes.Markdown;
        return activity;
    }

    public IMessageActivity Build(Outcome outcome, string ruleId)
    {
        var activity = BuildText();
        activity.Entities = [OutcomeEntities.Outcome(outcome, ruleId, _knowledge.Version)];
        return activity;
    }
}
