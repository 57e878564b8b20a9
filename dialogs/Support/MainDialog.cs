using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs;

/// <summary>
/// The root of the support conversation. For now it answers every message with what the bot can help with
/// and the main menu; the support waterfalls (cancellation, refund, failed request, FAQ) replace this.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    private readonly IKnowledgeBase _knowledge;

    public MainDialog(IKnowledgeBase knowledge)
        : base(nameof(MainDialog))
    {
        _knowledge = knowledge;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AnswerStepAsync]));
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var language = ConversationLanguage.FromActivity(stepContext.Context.Activity);
        var text = _knowledge.Current.Text("help.general", language);
        await stepContext.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken).ConfigureAwait(false);
        return await stepContext.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
