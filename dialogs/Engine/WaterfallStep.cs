namespace SupportBot.Dialogs.Engine;

/// <summary>One step of a <see cref="WaterfallDialog"/>: prompt, or move on with <see cref="WaterfallStepContext.NextAsync"/>.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
