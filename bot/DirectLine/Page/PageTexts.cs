namespace SupportBot.Bot.DirectLine.Page;

/// <summary>The early view's texts in the page's language (from messages.yaml), besides those in <see cref="PageSettings"/>.</summary>
public sealed record PageTexts(string Connecting, string Send);
