namespace SupportBot.LoadGenerator.Soak;

/// <summary>One minute of the soak: turns answered, their p99, errors, the host's memory and the database's size at its end.</summary>
public sealed record SoakMinute(int Minute, int Turns, double P99Ms, int Errors, double? ResidentMiB, long DatabaseBytes);
