using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Engine.Choices;

/// <summary>Renders a prompt's text with its choices in the form the channel shows best.</summary>
public static class ChoiceFactory
{
    /// <summary>Suggested actions where the channel supports them, inline for three or fewer choices, else a numbered list.</summary>
    public static IMessageActivity ForChannel(string? channelId, IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (Channel.SupportsSuggestedActions(channelId, choices.Count))
        {
            return SuggestedAction(choices, text, speak);
        }

        return choices.Count <= 3 ? Inline(choices, text, speak, options) : List(choices, text, speak, options);
    }

    public static IMessageActivity Inline(IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new ChoiceFactoryOptions();
        var builder = new StringBuilder(text ?? string.Empty);
        var connector = string.IsNullOrEmpty(text) ? string.Empty : " ";
        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append(connector);
            if (options.IncludeNumbers)
            {
                builder.Append(CultureInfo.InvariantCulture, $"({i + 1}) ");
            }

            builder.Append(choices[i].Title);
            connector = i == choices.Count - 2
                ? (choices.Count == 2 ? options.InlineOr : options.InlineOrMore)
                : options.InlineSeparator;
        }

        return MessageFactory.Text(builder.ToString(), speak, InputHints.ExpectingInput);
    }

    public static IMessageActivity List(IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var includeNumbers = options?.IncludeNumbers ?? true;
        var builder = new StringBuilder(text ?? string.Empty);
        if (builder.Length > 0)
        {
            builder.Append("\n\n");
        }

        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append(includeNumbers ? string.Create(CultureInfo.InvariantCulture, $"   {i + 1}. ") : "   - ");
            builder.Append(choices[i].Title);
            if (i < choices.Count - 1)
            {
                builder.Append('\n');
            }
        }

        return MessageFactory.Text(builder.ToString(), speak, InputHints.ExpectingInput);
    }

    /// <summary>imBack buttons whose value is the choice value, so a tap sends back exactly what the recognizer expects.</summary>
    public static IMessageActivity SuggestedAction(IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return MessageFactory.SuggestedActions(ToActions(choices), text, speak, InputHints.ExpectingInput);
    }

    public static IMessageActivity HeroCard(IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var card = new HeroCard { Text = text, Buttons = ToActions(choices) };
        return MessageFactory.Attachment(card.ToAttachment(), null, speak, InputHints.ExpectingInput);
    }

    public static List<Choice> ToChoices(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => new Choice(v))];
    }

    private static List<CardAction> ToActions(IList<Choice> choices) =>
        [.. choices.Select(c => c.Action is { } action
            ? new CardAction(action.Type ?? ActionTypes.ImBack, action.Title ?? c.Value, value: action.Value ?? c.Value)
            : new CardAction(ActionTypes.ImBack, c.Value, value: c.Value))];
}
