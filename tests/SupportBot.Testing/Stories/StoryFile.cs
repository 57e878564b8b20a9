namespace SupportBot.Testing.Stories;

/// <summary>One writer's file of conversation stories: who wrote it, as which persona, and the stories.</summary>
public sealed record StoryFile(string Writer, string Persona, IReadOnlyList<Story> Stories);
