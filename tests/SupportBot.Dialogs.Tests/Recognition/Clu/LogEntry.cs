using Microsoft.Extensions.Logging;

namespace SupportBot.Dialogs.Tests.Recognition.Clu;

internal sealed record LogEntry(LogLevel Level, EventId EventId, string Message);
