using Microsoft.Bot.Schema;

namespace SupportBot.Testing.Stories;

/// <summary>A new conversation with the bot in a locale: a function that sends a customer line and returns the bot's messages.</summary>
public delegate Func<string, Task<IReadOnlyList<IMessageActivity>>> StoryChannel(string locale);
