using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Outcomes;

/// <summary>
/// Builds the one markdown message that gives an outcome: headline, numbered steps, cautions, refund timing,
/// what to do if it fails; stamped with the supportbot/outcome entity. All words come from the knowledge files.
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

    /// <summary>The decision's message: the rule's headline, warning, steps, cautions, refund timing and if-it-fails.</summary>
    public static IMessageActivity ForDecision(KnowledgeSnapshot knowledge, Decision decision, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(decision);
        var rule = decision.Rule;
        var message = new OutcomeMessage(knowledge, language).Headline(rule.Headline.For(language));
        if (rule.Warning is { } warning)
        {
            message.Section(MessageKeys.OutcomeWarningHeader, [warning], numbered: false);
        }

        return message
            .Section(MessageKeys.OutcomeStepsHeader, rule.Steps, numbered: true)
            .Section(MessageKeys.OutcomeCautionsHeader, rule.Cautions, numbered: false)
            .RefundTiming(decision.Payment, decision.Outcome, decision.Seller)
            .Section(MessageKeys.OutcomeIfFailsHeader, rule.IfFails, numbered: false)
            .Build(decision.Outcome, decision.RuleId);
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

    /// <summary>
    /// Who refunds, how long it takes and how the money comes back; nothing when the payment is unknown. A marketplace
    /// seller refunds by themselves; an order paid at delivery and never received has nothing to refund.
    /// </summary>
    public OutcomeMessage RefundTiming(PaymentMethod? payment, Outcome outcome, SellerType? seller = null)
    {
        if (seller == SellerType.Marketplace)
        {
            _blocks.Add(MarketplaceRefundLine(_knowledge, _language));
            return this;
        }

        if (payment is not { } known)
        {
            return this;
        }

        var timing = _knowledge.RefundTimingFor(known);
        if (timing.NothingPaidFor(outcome))
        {
            _blocks.Add(_knowledge.Text(MessageKeys.RefundNothingPaid, _language, ("payment", timing.Label.For(_language))));
            return this;
        }

        _blocks.Add(RefundTimingLine(_knowledge, timing, _language, MessageKeys.OutcomeRefundTiming)
            + "\n" + _knowledge.Text(MessageKeys.OutcomeRefundVia, _language, ("via", timing.RefundVia.For(_language))));
        return Section(null, timing.Notes, numbered: false);
    }

    public static string RefundTimingLine(KnowledgeSnapshot knowledge, RefundTiming timing, string language, MessageKey key)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(timing);
        return knowledge.Text(key, language, ("payment", timing.Label.For(language)), ("expected", timing.Expected.For(language)));
    }

    public static string MarketplaceRefundLine(KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return knowledge.Marketplace.Refund.For(language);
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
