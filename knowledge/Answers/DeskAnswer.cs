using System.Globalization;

namespace SupportBot.Knowledge;

/// <summary>
/// What a customer handed to a person is told about the desk, from store.yaml only: its hours and the usual wait
/// when open; when closed, that the request is kept and when the desk opens. Nothing when the operator set no hours.
/// </summary>
public static class DeskAnswer
{
    public static AnswerLine? For(KnowledgeSnapshot knowledge, DateTimeOffset now, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (knowledge.Store.Desk is not { } desk)
        {
            return null;
        }

        var hours = ("hours", desk.Label.For(language));
        if (desk.IsOpen(now))
        {
            return knowledge.Store.ExpectedWaitMinutes is { } wait
                ? OutcomeComposer.Message(knowledge, MessageKeys.EscalationDeskOpenWait, language, hours, ("minutes", wait.ToString(CultureInfo.InvariantCulture)))
                : OutcomeComposer.Message(knowledge, MessageKeys.EscalationDeskOpen, language, hours);
        }

        var opens = desk.NextOpening(now) is { } next ? Format(next, language) : desk.Label.For(language);
        return OutcomeComposer.Message(knowledge, MessageKeys.EscalationDeskClosed, language, hours, ("opens", opens));
    }

    private static string Format(DateTime local, string language) => LocalizedText.IsEnglish(language)
        ? local.ToString("ddd d MMM, H:mm", CultureInfo.GetCultureInfo("en-GB"))
        : local.ToString("M月d日（ddd）H:mm", CultureInfo.GetCultureInfo("ja-JP"));
}
