using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SupportBot.Dialogs.Tests.Recognition.Clu;

/// <summary>Keeps every log entry, so tests can see the fallback and the circuit in the logs.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<LogEntry> _entries;

    public RecordingLogger(ConcurrentQueue<LogEntry> entries) => _entries = entries;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue(new LogEntry(logLevel, eventId, formatter(state, exception)));
}
