namespace SupportBot.Testing.Time;

/// <summary>
/// How long a test waits for an event before calling it a hang. Tests decide by counts and events; this limit only
/// stops a test that would otherwise wait for ever, so it is far beyond what the slowest shared machine needs.
/// </summary>
public static class Patience
{
    public static readonly TimeSpan Hang = TimeSpan.FromMinutes(1);
}
