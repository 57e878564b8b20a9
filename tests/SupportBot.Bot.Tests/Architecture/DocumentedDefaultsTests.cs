using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SupportBot.Testing.Hosting;

namespace SupportBot.Bot.Tests.Architecture;

/// <summary>
/// Every default the documentation states (rows "| `Section:Key` | default | … |" in README.md and docs/*.md) is the
/// one the host runs with: appsettings.json's value when it sets the key, else the options class's initialiser.
/// </summary>
public sealed partial class DocumentedDefaultsTests
{
    private static readonly Assembly[] Assemblies =
        [typeof(SupportBot.Bot.Hosting.BotHostOptions).Assembly, typeof(SupportBot.Dialogs.Orders.OrderSystemOptions).Assembly, typeof(SupportBot.Knowledge.KnowledgeLoader).Assembly];

    private static readonly string[] Readme = ["README.md"];

    public static TheoryData<string, string, string> Rows
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            var files = Readme.Concat(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs"), "*.md").Select(f => Path.Combine("docs", Path.GetFileName(f))));
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                foreach (Match row in Row().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, file))))
                {
                    data.Add(file, row.Groups["key"].Value, row.Groups["value"].Value.Trim());
                }
            }

            return data;
        }
    }

    [Fact]
    public void The_configuration_document_states_the_defaults() => Assert.True(Rows.Count >= 60, $"only {Rows.Count} rows found");

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_stated_default_is_the_one_the_host_runs_with(string file, string key, string stated)
    {
        var actual = FromAppSettings(key) ?? FromOptions(key)
            ?? throw new Xunit.Sdk.XunitException($"{file}: {key} is neither in appsettings.json nor a property of an options class.");

        Assert.True(actual == stated, $"{file}: {key} is documented as {stated} but the host runs with {actual}.");
    }

    private static string? FromAppSettings(string key)
    {
        JsonNode? node = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "appsettings.json")));
        foreach (var part in key.Split(':'))
        {
            node = node is JsonObject o ? o.FirstOrDefault(p => string.Equals(p.Key, part, StringComparison.OrdinalIgnoreCase)).Value : null;
            if (node is null)
            {
                return null;
            }
        }

        return node switch
        {
            JsonArray array => array.Count == 0 ? "none" : $"`{string.Join(", ", array.Select(a => a!.ToString()))}`",
            JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? "`true`" : "`false`",
            JsonValue value when value.TryGetValue<string>(out var text) => $"`\"{text}\"`",
            JsonValue value => value.ToJsonString(),
            _ => null,
        };
    }

    private static string? FromOptions(string key)
    {
        var parts = key.Split(':');
        foreach (var type in Assemblies.SelectMany(a => a.GetTypes()))
        {
            if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is not string section
                || !key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase)
                || type.GetConstructor(Type.EmptyTypes) is null)
            {
                continue;
            }

            object? value = Activator.CreateInstance(type);
            var found = true;
            foreach (var part in parts.Skip(section.Split(':').Length))
            {
                var property = value?.GetType().GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                if (property is null)
                {
                    found = false;
                    break;
                }

                value = property.GetValue(value);
            }

            if (found)
            {
                return Format(value);
            }
        }

        return null;
    }

    private static string Format(object? value) => value switch
    {
        null => "none",
        bool flag => flag ? "`true`" : "`false`",
        string text => $"`\"{text}\"`",
        Enum name => $"`\"{name}\"`",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => list.Cast<object>().Select(i => i.ToString()).ToList() is { Count: > 0 } items ? $"`{string.Join(", ", items)}`" : "none",
        _ => value.ToString() ?? "none",
    };

    [GeneratedRegex(@"^\| `(?<key>[A-Za-z]+(?::[A-Za-z0-9]+)+)` \| (?<value>[^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex Row();
}
