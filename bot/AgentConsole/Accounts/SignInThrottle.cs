using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.AgentConsole.Accounts;

/// <summary>
/// Slows password guessing without handing anyone a lock-out. From one address, a user name is refused after
/// <see cref="AgentOptions.SignInFailuresPerAddress"/> failures for <see cref="AgentOptions.SignInLockoutMinutes"/>
/// (that only stops the guesser). Across all addresses, each failure past <see cref="AgentOptions.SignInDelayAfterFailures"/>
/// doubles the wait before the name's next try, up to <see cref="AgentOptions.SignInMaxDelaySeconds"/>: guesses spread
/// over many addresses crawl, and the agent with the right password gets in after that short wait.
/// </summary>
public sealed class SignInThrottle
{
    // Bounded: names that never existed are tracked too (an attacker chooses them), so old windows are dropped.
    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, Window> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Window> _byNameAndAddress = new(StringComparer.OrdinalIgnoreCase);
    private readonly IOptions<AgentOptions> _options;
    private readonly TimeProvider _clock;

    public SignInThrottle(IOptions<AgentOptions> options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
    }

    /// <summary>How long until this name may try again from this address, or null when it may try now.</summary>
    public TimeSpan? WaitFor(string userName, string address)
    {
        var now = _clock.GetUtcNow();
        var options = _options.Value;
        TimeSpan? wait = null;
        if (_byNameAndAddress.TryGetValue(PairKey(userName, address), out var pair) && pair.Ends > now && pair.Count >= options.SignInFailuresPerAddress)
        {
            wait = pair.Ends - now;
        }

        if (_byName.TryGetValue(Key(userName), out var name) && name.Ends > now && name.Count >= options.SignInDelayAfterFailures)
        {
            var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, name.Count - options.SignInDelayAfterFailures), options.SignInMaxDelaySeconds));
            var until = name.LastFailure + delay;
            if (until > now && (wait is null || until - now > wait))
            {
                wait = until - now;
            }
        }

        return wait;
    }

    public void Failed(string userName, string address)
    {
        var now = _clock.GetUtcNow();
        var length = TimeSpan.FromMinutes(_options.Value.SignInLockoutMinutes);
        Count(_byName, Key(userName), now, length);
        Count(_byNameAndAddress, PairKey(userName, address), now, length);
    }

    public void Succeeded(string userName, string address)
    {
        _byName.TryRemove(Key(userName), out _);
        _byNameAndAddress.TryRemove(PairKey(userName, address), out _);
    }

    private static void Count(ConcurrentDictionary<string, Window> windows, string key, DateTimeOffset now, TimeSpan length)
    {
        if (windows.Count >= MaxTracked)
        {
            foreach (var expired in windows.Where(f => f.Value.Ends <= now).Select(f => f.Key).ToList())
            {
                windows.TryRemove(expired, out _);
            }
        }

        windows.AddOrUpdate(
            key,
            _ => new Window(1, now + length, now),
            (_, window) => window.Ends <= now ? new Window(1, now + length, now) : new Window(window.Count + 1, window.Ends, now));
    }

    private static string Key(string userName) => userName.Length > 64 ? userName[..64] : userName;

    private static string PairKey(string userName, string address) => Key(userName) + "\n" + address;

    private sealed record Window(int Count, DateTimeOffset Ends, DateTimeOffset LastFailure);
}
