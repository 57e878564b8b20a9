using System.Text.Json;
using SupportBot.Knowledge.Tests.TestSupport;
using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Tests.Contract;

/// <summary>The schemas carry the code's contract, and the repository tells editors which schema checks which file.</summary>
public sealed class SchemaContractTests
{
    private static string Schemas => Path.GetFullPath(Path.Combine(TempKnowledge.ShippedContentDirectory, "..", "schemas"));

    [Fact]
    public void The_messages_schema_lists_every_key_the_code_says_with_its_placeholders()
    {
        var path = Path.Combine(Schemas, "messages.schema.json");
        var committed = File.ReadAllText(path);

        Assert.True(SchemaContract.Messages(committed) == committed, "messages.schema.json is behind the code: run `dotnet run --project knowledge -- schemas`");
        using var schema = JsonDocument.Parse(committed);
        var keys = schema.RootElement.GetProperty("properties").GetProperty("messages").GetProperty("properties");
        Assert.All(MessageKeys.All, key => Assert.True(keys.TryGetProperty(key.Name, out _), key.Name));
        var ticket = keys.GetProperty(MessageKeys.EscalationTicket.Name).GetProperty("properties").GetProperty("params").GetProperty("items").GetProperty("enum");
        Assert.Equal(["ticketId"], ticket.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Every_schema_the_contract_writes_into_is_current_and_offers_the_ids_the_code_picks()
    {
        foreach (var (file, write) in SchemaContract.Writers)
        {
            var committed = File.ReadAllText(Path.Combine(Schemas, file));
            Assert.True(write(committed) == committed, $"{file} is behind the code: run `dotnet run --project knowledge -- schemas`");
        }

        using var rejections = JsonDocument.Parse(File.ReadAllText(Path.Combine(Schemas, "rejections.schema.json")));
        var offered = rejections.RootElement.GetProperty("properties").GetProperty("rejections").GetProperty("items").GetProperty("properties").GetProperty("id").GetProperty("examples");
        Assert.Equal(RejectionIds.All, offered.EnumerateArray().Select(e => e.GetString()!));
    }

    [Fact]
    public void The_editor_settings_map_every_schema_to_its_files()
    {
        var settings = Path.GetFullPath(Path.Combine(TempKnowledge.ShippedContentDirectory, "..", "..", ".vscode", "settings.json"));
        using var json = JsonDocument.Parse(File.ReadAllText(settings));
        var mapped = json.RootElement.GetProperty("yaml.schemas").EnumerateObject().ToDictionary(p => Path.GetFileName(p.Name), p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToList());

        foreach (var file in Directory.GetFiles(TempKnowledge.ShippedContentDirectory, "*.yaml"))
        {
            var kind = Path.GetFileName(file).Split('.')[0];
            Assert.True(mapped.TryGetValue(kind + ".schema.json", out var globs), kind);
            Assert.Contains($"knowledge/content/{Path.GetFileName(file)}", globs!);
            Assert.True(File.Exists(Path.Combine(Schemas, kind + ".schema.json")), kind);
        }
    }
}
