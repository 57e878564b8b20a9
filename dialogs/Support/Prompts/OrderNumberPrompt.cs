using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Understanding;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Prompts;

/// <summary>
/// Asks for the order number and returns it normalized (3-7-7 digits). An invalid one gets a retry with an example;
/// the escalation policy's limit (the third) offers a person instead.
/// </summary>
public sealed class OrderNumberPrompt(string dialogId, IKnowledgeBase knowledge)
    : SupportPrompt<string>(dialogId, knowledge, MessageKeys.HelpOrderNumber)
{
    protected override MessageKey OfferKey => MessageKeys.CancelOrderNumberThirdInvalid;

    protected override EscalationTrigger OfferTrigger => EscalationTrigger.InvalidOrderNumber;

    protected override PromptRecognizerResult<string> Recognize(ITurnContext turnContext, KnowledgeSnapshot knowledge, out string? explanationKey)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        explanationKey = null;
        var entity = RecognizedTurn.Current(turnContext).OrderNumber;
        var value = OrderNumberFormat.IsCanonical(entity) ? entity : OrderNumberFormat.Normalize(turnContext.Activity.Text);
        return value is null
            ? new PromptRecognizerResult<string>()
            : new PromptRecognizerResult<string> { Succeeded = true, Value = value };
    }

    protected override bool RepeatQuestionOnRetry => false;

    protected override string RetryText(KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return knowledge.Text(MessageKeys.CancelOrderNumberRetry, language, ("example", knowledge.Text(MessageKeys.OrderNumberExample, language)));
    }

    protected override int OfferAfter(KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return knowledge.Escalation.InvalidOrderNumberLimit;
    }
}
