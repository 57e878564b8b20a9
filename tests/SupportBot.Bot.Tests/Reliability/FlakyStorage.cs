using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Tests.Reliability;

/// <summary>A store that becomes unavailable for the next N calls when told to, as a database does for a moment.</summary>
public sealed class FlakyStorage(IStorage inner) : IStorage
{
    private int _failuresLeft;

    public int Failed { get; private set; }

    public void FailNext(int calls) => Interlocked.Exchange(ref _failuresLeft, calls);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable();
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable();
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable();
        return inner.DeleteAsync(keys, cancellationToken);
    }

    private void ThrowIfUnavailable()
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            Failed++;
            throw new TimeoutException("The test store is unavailable for a moment.");
        }
    }
}
