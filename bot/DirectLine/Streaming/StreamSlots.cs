using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.DirectLine.Streaming;

/// <summary>Open streams per conversation in this instance: each one polls the store, so a token may not open hundreds.</summary>
public sealed class StreamSlots(IOptions<DirectLineOptions> options)
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);
    private readonly int _max = options.Value.MaxStreamsPerConversation;

    public bool TryEnter(string conversationId)
    {
        while (true)
        {
            var current = _open.GetValueOrDefault(conversationId);
            if (current >= _max)
            {
                return false;
            }

            if (current == 0 ? _open.TryAdd(conversationId, 1) : _open.TryUpdate(conversationId, current + 1, current))
            {
                return true;
            }
        }
    }

    public void Leave(string conversationId)
    {
        while (true)
        {
            var current = _open.GetValueOrDefault(conversationId);
            if (current <= 1
                ? _open.TryRemove(new KeyValuePair<string, int>(conversationId, current))
                : _open.TryUpdate(conversationId, current - 1, current))
            {
                return;
            }
        }
    }
}
