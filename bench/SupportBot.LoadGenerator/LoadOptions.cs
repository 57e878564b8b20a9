using System.Globalization;

namespace SupportBot.LoadGenerator;

/// <summary>Command-line options; every run is bounded by a duration or a conversation count.</summary>
public sealed record LoadOptions(
    int Customers,
    TimeSpan WarmUp,
    TimeSpan Duration,
    int MemoryConversations,
    bool DirectLine,
    string Configuration,
    bool MemoryOverDirectLine = false,
    int SoakMinutes = 0)
{
    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions(16, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), 10_000, true, "Release");
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--customers" => options with { Customers = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--memory-conversations" => options with { MemoryConversations = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--no-directline" => options with { DirectLine = false },
                "--memory-over-directline" => options with { MemoryOverDirectLine = true },
                "--configuration" => options with { Configuration = Next() },
                "--soak" => options with { SoakMinutes = int.Parse(Next(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException(
                    $"Unknown option {args[i]}. Options: --customers N (16) --warmup S (10) --duration S (20) --memory-conversations N (10000, 0 = skip) --memory-over-directline --no-directline --configuration Release|Debug --soak MINUTES (steady mixed load only)"),
            };
        }

        return options;
    }
}
