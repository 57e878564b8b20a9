namespace SupportBot.Knowledge;

/// <summary>A file's new text with one example added and its version raised, and the same change as a unified diff.</summary>
public sealed record ExampleEdit(string File, string Text, string Patch);
