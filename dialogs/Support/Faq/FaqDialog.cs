using SupportBot.Dialogs.Answering;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Interruptions;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Prompts;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Faq;

/// <summary>
/// Answers a question from the knowledge base's FAQ (Japanese or English words), or offers the questions as
/// buttons when the customer's words match none, then asks whether that answered it.
/// </summary>
public sealed class FaqDialog : TopicDialog
{
    private const string Waterfall = nameof(FaqDialog) + ".waterfall";
    private const string QuestionPrompt = nameof(FaqDialog) + ".question";

    public FaqDialog(IKnowledgeBase knowledge)
        : base(nameof(FaqDialog), knowledge)
    {
        AddDialog(new WaterfallDialog(Waterfall,
        [
            AskQuestionStepAsync,
            AnswerStepAsync,
            CloseStepAsync,
        ]));
        AddDialog(new SlotChoicePrompt(
            QuestionPrompt, knowledge, MessageKeys.HelpFaq, SlotChoices.Faq, retryKey: MessageKeys.FaqNoMatch, read: (text, k) => FaqMatcher.FindQuestion(text, k)?.Id));
        InitialDialogId = Waterfall;
    }

    private async Task<DialogTurnResult> AskQuestionStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        return FaqMatcher.FindQuestion(inquiry.Question, Knowledge.Current) is { } entry
            ? await step.NextAsync(entry.Id, cancellationToken).ConfigureAwait(false)
            : await step.PromptAsync(QuestionPrompt, PromptSpec.Ask(MessageKeys.FaqIntro), cancellationToken).ConfigureAwait(false);
    }

    // Its question prompt takes any question: one it cannot match gets the FAQ's own no-match answer and offer.
    protected override bool DigressesAtPrompts => false;

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        var knowledge = Knowledge.Current;
        var language = Language(step);
        var entry = knowledge.Faq.Entries.First(e => e.Id == (string?)step.Result);
        inquiry.RuleId = "faq." + entry.Id;
        // "When does my money come back?" from a customer whose payment is known gets that payment's line, not the
        // table (an entry that asks about named methods keeps its own answer).
        var answer = (entry.Id == QuestionAnswerer.RefundWhenEntry ? QuestionAnswerer.PersonalRefund(knowledge, language, inquiry) : null) ?? FaqAnswer.Compose(knowledge, entry, language);
        await SendAsync(step, answer.Build(Outcome.Info, inquiry.RuleId), cancellationToken).ConfigureAwait(false);
        await SendAlsoAskedAsync(step.Context, new AnswerPassage(inquiry.RuleId, entry, null, entry.Question), inquiry, cancellationToken).ConfigureAwait(false);
        return await AskSolvedAsync(step, cancellationToken, MessageKeys.FaqDidThatAnswer).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        CloseAsync(step, step.Result is true, EscalationTrigger.NotSolved, cancellationToken);
}
