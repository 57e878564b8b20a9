namespace SupportBot.Bot.Turns.Ordering;

/// <summary>The embedded SQLite store serves one instance, so the in-process lock is already the whole story.</summary>
internal sealed class SingleInstanceTurnLock : IDistributedTurnLock
{
    public Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(Nothing.Instance);

    private sealed class Nothing : IAsyncDisposable
    {
        public static readonly Nothing Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
