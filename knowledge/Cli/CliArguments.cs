namespace SupportBot.Knowledge.Cli;

/// <summary>Positional arguments and --name value / --flag options, in any order.</summary>
internal sealed class CliArguments
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "json", "help" };

    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CliArguments()
    {
    }

    public List<string> Positional { get; } = [];

    public string? Error { get; private set; }

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                parsed._options[name[..equals]] = name[(equals + 1)..];
            }
            else if (Flags.Contains(name))
            {
                parsed._options[name] = "true";
            }
            else if (i + 1 < args.Count)
            {
                parsed._options[name] = args[++i];
            }
            else
            {
                parsed.Error = $"--{name}";
            }
        }

        return parsed;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);

    public IEnumerable<string> OptionNames => _options.Keys;
}
