namespace SupportBot.Dialogs.Engine.Prompts;

/// <summary>Decides whether a recognized reply is acceptable; alone decides when given.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
