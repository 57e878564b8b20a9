using System.Globalization;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.AgentConsole.Pages;

/// <summary>Times on the console in the store's zone (<see cref="StoreTimeOptions.TimeZone"/>), and waits as people say them.</summary>
public sealed class ConsoleTime
{
    private readonly TimeProvider _clock;

    public ConsoleTime(IOptions<StoreTimeOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        Zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        _clock = clock;
    }

    public TimeZoneInfo Zone { get; }

    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>"12/07 09:05" in the store's zone, with the zone's offset in the tooltip-free short form.</summary>
    public string Format(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Zone);
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>How long since <paramref name="since"/>: "3分", "1時間20分", "2日".</summary>
    public string Wait(DateTimeOffset since)
    {
        var wait = Now - since;
        if (wait < TimeSpan.Zero)
        {
            wait = TimeSpan.Zero;
        }

        return wait.TotalDays >= 1 ? $"{(int)wait.TotalDays}日"
            : wait.TotalHours >= 1 ? $"{(int)wait.TotalHours}時間{wait.Minutes}分"
            : $"{(int)wait.TotalMinutes}分";
    }

    public static bool IsKnownZone(string? id)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.FindSystemTimeZoneById(id) is not null;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}
