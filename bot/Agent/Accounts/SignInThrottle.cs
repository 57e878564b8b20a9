using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Agent.Accounts;

/// <summary>
/// Failed sign-ins per user name: past <see cref="AgentOptions.SignInFailuresPerUserName"/> in
/// <see cref="AgentOptions.SignInLockoutMinutes"/>, that name is refused (even with the right password) until the
/// window ends. The per-address limit cannot stop guesses spread over many addresses; this can.
/// </summary>
public sealed class SignInThrottle
{
    // Bounded: names that never existed are tracked too (an attacker chooses them), so old windows are dropped.
    private const int MaxTrackedNames = 10_000;

    private readonly ConcurrentDictionary<string, Window> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly IOptions<AgentOptions> _options;
    private readonly TimeProvider _clock;

    public SignInThrottle(IOptions<AgentOptions> options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
    }

    /// <summary>How long until the name may try again, or null when it may try now.</summary>
    public TimeSpan? LockedFor(string userName)
    {
        var now = _clock.GetUtcNow();
        return _failures.TryGetValue(Key(userName), out var window)
            && window.Count >= _options.Value.SignInFailuresPerUserName
            && window.Ends > now
            ? window.Ends - now
            : null;
    }

    public void Failed(string userName)
    {
        var now = _clock.GetUtcNow();
        if (_failures.Count >= MaxTrackedNames)
        {
            foreach (var expired in _failures.Where(f => f.Value.Ends <= now).Select(f => f.Key).ToList())
            {
                _failures.TryRemove(expired, out _);
            }
        }

        var length = TimeSpan.FromMinutes(_options.Value.SignInLockoutMinutes);
        _failures.AddOrUpdate(
            Key(userName),
            _ => new Window(1, now + length),
            (_, window) => window.Ends <= now ? new Window(1, now + length) : window with { Count = window.Count + 1 });
    }

    public void Succeeded(string userName) => _failures.TryRemove(Key(userName), out _);

    private static string Key(string userName) => userName.Length > 64 ? userName[..64] : userName;

    private sealed record Window(int Count, DateTimeOffset Ends);
}
