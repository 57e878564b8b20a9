using SupportBot.Knowledge.Tests.TestSupport;

namespace SupportBot.Knowledge.Tests.Contract;

/// <summary>
/// Every message key and id the code relies on, renamed or deleted in a copy of the files: the load fails with the file
/// and line to fix, so neither `validate` nor a reload lets the edit reach customers.
/// </summary>
public sealed class ContractEditTests
{
    public static TheoryData<string> MessageKeyNames => [.. MessageKeys.All.Select(k => k.Name)];

    /// <summary>File, the id's line as written, and what it is (for the failure message).</summary>
    public static TheoryData<string, string> Ids
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var id in FailureCauseIds.All)
            {
                data.Add("failures.yaml", $"  - id: {id}\n");
            }

            foreach (var id in ProcedureIds.All)
            {
                data.Add("procedures.yaml", $"  - id: {id}\n");
            }

            foreach (var id in RejectionIds.All)
            {
                data.Add("rejections.yaml", $"  - id: {id}\n");
            }

            foreach (var id in KnowledgeIds.Stages.Select(KnowledgeIds.Id).Concat(KnowledgeIds.Sellers.Select(KnowledgeIds.Id)))
            {
                data.Add("decision-rules.yaml", $"  - id: {id}\n");
            }

            foreach (var id in KnowledgeIds.Payments.Select(KnowledgeIds.Id))
            {
                data.Add("refund-timing.yaml", $"  - id: {id}\n");
            }

            foreach (var id in KnowledgeIds.Triggers.Select(KnowledgeIds.Id))
            {
                data.Add("escalation.yaml", $"  - id: {id}\n");
            }

            // The shipped menu shows some topics; the schema's list is checked against MenuTopics.All below.
            foreach (var topic in MenuTopics.All.Where(t => File.ReadAllText(Path.Combine(TempKnowledge.ShippedContentDirectory, "menu.yaml")).Contains($"topic: {t}\n", StringComparison.Ordinal)))
            {
                data.Add("menu.yaml", $"  - topic: {topic}\n");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(MessageKeyNames))]
    public void A_renamed_message_key_is_reported_at_its_line(string key)
    {
        using var temp = new TempKnowledge();
        var edited = temp.Replace("messages.yaml", $"\n  {key}:\n", $"\n  {key}_old:\n");

        var errors = KnowledgeLoader.Load(temp.ContentDirectory).Errors;

        var line = TempKnowledge.LineOf(edited, $"  {key}_old:\n");
        Assert.Contains(errors, e => e.File.EndsWith("messages.yaml", StringComparison.Ordinal) && e.Line == line && e.En.Contains($"'{key}'", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(MessageKeyNames))]
    public void A_deleted_message_key_is_reported_in_both_languages(string key)
    {
        using var temp = new TempKnowledge();
        var lines = temp.Read("messages.yaml").Split('\n').ToList();
        var start = lines.IndexOf($"  {key}:");
        Assert.True(start >= 0, key);
        var end = start + 1;
        while (end < lines.Count && lines[end].StartsWith("    ", StringComparison.Ordinal))
        {
            end++;
        }

        lines.RemoveRange(start, end - start);
        temp.Write("messages.yaml", string.Join('\n', lines));

        var errors = KnowledgeLoader.Load(temp.ContentDirectory).Errors;

        Assert.Contains(errors, e => e.File.EndsWith(".yaml", StringComparison.Ordinal) && e.Line > 0
            && e.Ja.Contains($"「{key}」", StringComparison.Ordinal) && e.En.Contains($"'{key}'", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_renamed_id_the_code_uses_is_reported_at_its_line(string file, string idLine)
    {
        using var temp = new TempKnowledge();
        var renamed = idLine.TrimEnd('\n') + "_old\n";
        var edited = temp.Replace(file, idLine, renamed);

        var result = KnowledgeLoader.Load(temp.ContentDirectory);

        Assert.Null(result.Snapshot);
        var line = TempKnowledge.LineOf(edited, renamed);
        Assert.True(
            result.Errors.Any(e => e.File.EndsWith(file, StringComparison.Ordinal) && e.Line == line),
            $"no error at {file}:{line}; got:\n" + string.Join('\n', result.Errors));
    }

    [Fact]
    public void The_menu_schema_offers_exactly_the_topics_the_code_opens()
    {
        var schema = File.ReadAllText(Path.Combine(TempKnowledge.ShippedContentDirectory, "..", "schemas", "menu.schema.json"));
        var listed = System.Text.RegularExpressions.Regex.Match(schema, "\"enum\":\\s*\\[([^\\]]*)\\]").Groups[1].Value
            .Split(',').Select(v => v.Trim().Trim('"')).Where(v => v.Length > 0).Order(StringComparer.Ordinal);
        Assert.Equal(MenuTopics.All.Order(StringComparer.Ordinal), listed);
    }
}
