using SupportBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Understanding;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Refunds;

/// <summary>Asks when something happened (a date or "N days ago") and returns how many days ago that was.</summary>
public sealed class DaysAgoPrompt(string dialogId, IKnowledgeBase knowledge, TimeProvider clock)
    : SupportPrompt<int>(dialogId, knowledge, MessageKeys.HelpRefundDate)
{
    protected override PromptRecognizerResult<int> Recognize(ITurnContext turnContext, KnowledgeSnapshot knowledge, out string? explanationKey)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        explanationKey = null;
        var now = clock.GetUtcNow();
        var turn = RecognizedTurn.Current(turnContext);
        var days = turn.DaysAgo ?? ElapsedDays.Since(turn.Date, now) ?? ElapsedDays.Parse(turnContext.Activity.Text, now);
        return days is { } value and >= 0
            ? new PromptRecognizerResult<int> { Succeeded = true, Value = value }
            : new PromptRecognizerResult<int>();
    }

    protected override bool RepeatQuestionOnRetry => false;

    protected override string RetryText(KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return knowledge.Text(MessageKeys.RefundWhenRetry, language);
    }
}
