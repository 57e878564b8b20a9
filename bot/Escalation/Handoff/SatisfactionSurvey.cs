using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Welcome;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Escalation.Handoff;

/// <summary>
/// After a person resolved the conversation: "how was it?" with one tap (1–5), then an optional comment, both kept
/// on the ticket as notes (<see cref="TicketNotes.Satisfaction"/>, <see cref="TicketNotes.SatisfactionComment"/>), then the menu. Anything else the
/// customer writes instead is a new request: the survey closes and the bot answers it.
/// </summary>
public sealed class SatisfactionSurvey
{
    private readonly HandoffAccessor _accessors;
    private readonly IEscalationStore _store;
    private readonly IKnowledgeBase _knowledge;

    public SatisfactionSurvey(HandoffAccessor accessors, IEscalationStore store, IKnowledgeBase knowledge)
    {
        _accessors = accessors;
        _store = store;
        _knowledge = knowledge;
    }

    /// <summary>Opens the survey in this (proactive) turn: the question with five buttons.</summary>
    public async Task AskAsync(ITurnContext turnContext, TicketView ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(ticket);
        var knowledge = _knowledge.Current;
        var question = MessageFactory.Text(knowledge.Text(MessageKeys.SurveyAskRating, ticket.Payload.Language));
        question.SuggestedActions = new SuggestedActions
        {
            Actions = [.. Enumerable.Range(1, 5).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(n => new CardAction(ActionTypes.ImBack, n, value: n))],
        };
        await _accessors.Satisfaction.SetAsync(turnContext, new SatisfactionState(ticket.Number, AwaitingComment: false), cancellationToken);
        await turnContext.SendActivityAsync(question, cancellationToken);
    }

    /// <summary>True when the message answered the open survey (the bot must not answer it too).</summary>
    public async Task<bool> TryAnswerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (await _accessors.Satisfaction.GetAsync(turnContext, () => null, cancellationToken) is not { } survey)
        {
            return false;
        }

        var knowledge = _knowledge.Current;
        var ticket = await _store.GetAsync(survey.TicketNumber, cancellationToken);
        var language = ticket?.Payload.Language ?? "ja";
        var text = turnContext.Activity.Text ?? string.Empty;
        if (ticket is null)
        {
            await _accessors.Satisfaction.DeleteAsync(turnContext, cancellationToken);
            return false;
        }

        if (!survey.AwaitingComment)
        {
            if (Rating(text) is not { } rating)
            {
                await _accessors.Satisfaction.DeleteAsync(turnContext, cancellationToken);
                return false;
            }

            await _store.AppendMessageAsync(ticket.Number, TicketSenders.System, TicketNotes.Satisfaction, rating.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
            await _accessors.Satisfaction.SetAsync(turnContext, survey with { AwaitingComment = true }, cancellationToken);
            var ask = MessageFactory.Text(knowledge.Text(MessageKeys.SurveyAskComment, language));
            var skip = knowledge.Text(MessageKeys.SurveySkip, language);
            ask.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, skip, value: skip)] };
            await turnContext.SendActivityAsync(ask, cancellationToken);
            return true;
        }

        await _accessors.Satisfaction.DeleteAsync(turnContext, cancellationToken);
        var skipped = TextNormalizer.Fold(text) == TextNormalizer.Fold(knowledge.Text(MessageKeys.SurveySkip, "ja"))
            || TextNormalizer.Fold(text) == TextNormalizer.Fold(knowledge.Text(MessageKeys.SurveySkip, "en"));
        if (!skipped && text.Trim().Length > 0)
        {
            var comment = text.Trim();
            await _store.AppendMessageAsync(ticket.Number, TicketSenders.System, TicketNotes.SatisfactionComment, comment.Length > 1000 ? comment[..1000] : comment, cancellationToken);
        }

        var thanks = MessageFactory.Text(knowledge.Text(MessageKeys.SurveyThanks, language));
        thanks.SuggestedActions = WelcomeMessageFactory.MenuActions(knowledge, language);
        await turnContext.SendActivityAsync(thanks, cancellationToken);
        return true;
    }

    /// <summary>1–5 as tapped or typed (any width, "★★★★", "4点"); null for anything else.</summary>
    public static int? Rating(string? text)
    {
        var folded = TextNormalizer.Fold(text).Trim();
        if (folded.Length > 0 && folded.All(c => c == '★'))
        {
            return folded.Length <= 5 ? folded.Length : null;
        }

        var digits = folded.TrimEnd('点', '.', '。').Trim();
        return digits.Length == 1 && digits[0] is >= '1' and <= '5' ? digits[0] - '0' : null;
    }
}
