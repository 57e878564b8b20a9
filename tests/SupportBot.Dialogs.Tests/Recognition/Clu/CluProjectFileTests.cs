using System.Text.Json;
using SupportBot.Understanding;
using SupportBot.Knowledge;
using SupportBot.Testing.Hosting;

namespace SupportBot.Dialogs.Tests.Recognition.Clu;

/// <summary>clu/SupportBot.clu.json: what Language Studio imports must match what the bot recognizes.</summary>
public sealed class CluProjectFileTests
{
    private static readonly Lazy<JsonDocument> Project = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "clu", "SupportBot.clu.json"))));

    private static JsonElement Assets => Project.Value.RootElement.GetProperty("assets");

    private static IEnumerable<JsonElement> Utterances => Assets.GetProperty("utterances").EnumerateArray();

    private static readonly string[] Languages = ["ja", "en"];

    private static readonly string[] ListEntities = [SupportEntities.Stage, SupportEntities.Seller, SupportEntities.PaymentMethod];

    [Fact]
    public void Is_a_multilingual_conversation_project_in_the_2023_04_01_import_format_with_UTF16_offsets()
    {
        var root = Project.Value.RootElement;
        var metadata = root.GetProperty("metadata");

        Assert.Equal("2023-04-01", root.GetProperty("projectFileVersion").GetString());
        Assert.Equal("Utf16CodeUnit", root.GetProperty("stringIndexType").GetString());
        Assert.Equal("Conversation", metadata.GetProperty("projectKind").GetString());
        Assert.Equal("Conversation", Assets.GetProperty("projectKind").GetString());
        Assert.True(metadata.GetProperty("multilingual").GetBoolean());
        Assert.Equal("ja", metadata.GetProperty("language").GetString());
        Assert.False(string.IsNullOrWhiteSpace(metadata.GetProperty("projectName").GetString()));
    }

    [Fact]
    public void Declares_exactly_the_intents_the_bot_knows()
    {
        var intents = Assets.GetProperty("intents").EnumerateArray().Select(i => i.GetProperty("category").GetString()).ToList();

        Assert.Equal(SupportIntents.All.Order(), intents.Order());
    }

    public static TheoryData<string, string> IntentsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var intent in SupportIntents.All)
        {
            data.Add(intent, "ja");
            data.Add(intent, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IntentsAndLanguages))]
    public void Has_at_least_15_distinct_training_utterances_per_intent_and_language(string intent, string language)
    {
        var texts = Utterances
            .Where(u => u.GetProperty("intent").GetString() == intent && u.GetProperty("language").GetString() == language)
            .Where(u => !u.TryGetProperty("dataset", out var d) || d.GetString() == "Train")
            .Select(u => u.GetProperty("text").GetString())
            .ToList();

        Assert.True(texts.Distinct().Count() >= 15, $"{intent}/{language}: {texts.Distinct().Count()} distinct utterances");
    }

    [Fact]
    public void Every_utterance_names_a_declared_intent_a_known_language_and_declared_entities()
    {
        var intents = SupportIntents.All.ToHashSet();
        var entities = Assets.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("category").GetString()).ToHashSet();

        Assert.All(Utterances, u =>
        {
            Assert.Contains(u.GetProperty("intent").GetString()!, intents);
            Assert.Contains(u.GetProperty("language").GetString()!, Languages);
            Assert.All(u.GetProperty("entities").EnumerateArray(), e => Assert.Contains(e.GetProperty("category").GetString(), entities));
        });
        Assert.Equal(2, Utterances.GroupBy(u => u.GetProperty("language").GetString()).Count());
    }

    [Fact]
    public void Declares_the_entities_under_the_bots_entity_keys()
    {
        var categories = Assets.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("category").GetString()).ToList();

        Assert.Equal(
            new[] { SupportEntities.OrderNumber, SupportEntities.PaymentMethod, SupportEntities.Seller, SupportEntities.Stage },
            categories.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void List_entity_keys_are_exactly_the_knowledge_ids_with_synonyms_in_both_languages()
    {
        var expected = new Dictionary<string, IEnumerable<string>>
        {
            [SupportEntities.Stage] = KnowledgeIds.Stages.Select(KnowledgeIds.Id),
            [SupportEntities.Seller] = KnowledgeIds.Sellers.Select(KnowledgeIds.Id),
            [SupportEntities.PaymentMethod] = KnowledgeIds.Payments.Select(KnowledgeIds.Id),
        };

        foreach (var (category, ids) in expected)
        {
            var sublists = List(category).ToList();
            Assert.Equal(ids.Order(StringComparer.Ordinal), sublists.Select(s => s.GetProperty("listKey").GetString()!).Order(StringComparer.Ordinal));
            Assert.All(sublists, s =>
            {
                var languages = s.GetProperty("synonyms").EnumerateArray().ToDictionary(
                    x => x.GetProperty("language").GetString()!,
                    x => x.GetProperty("values").GetArrayLength());
                Assert.True(languages.GetValueOrDefault("ja") > 0 && languages.GetValueOrDefault("en") > 0, s.GetProperty("listKey").GetString());
            });
        }
    }

    [Fact]
    public void Every_label_lies_inside_its_text_and_spans_what_it_names()
    {
        var synonyms = ListEntities.ToDictionary(
            c => c,
            c => List(c)
                .SelectMany(s => s.GetProperty("synonyms").EnumerateArray())
                .SelectMany(x => x.GetProperty("values").EnumerateArray().Select(v => v.GetString()!))
                .ToHashSet(StringComparer.OrdinalIgnoreCase));
        var labels = 0;

        foreach (var utterance in Utterances)
        {
            var text = utterance.GetProperty("text").GetString()!;
            foreach (var label in utterance.GetProperty("entities").EnumerateArray())
            {
                var category = label.GetProperty("category").GetString()!;
                var offset = label.GetProperty("offset").GetInt32();
                var length = label.GetProperty("length").GetInt32();
                Assert.True(offset >= 0 && length > 0 && offset + length <= text.Length, $"{category} {offset}+{length} outside \"{text}\"");

                // .NET strings are UTF-16, so Substring is exactly CLU's Utf16CodeUnit span.
                var span = text.Substring(offset, length);
                Assert.Equal(span.Trim(), span);
                if (category == SupportEntities.OrderNumber)
                {
                    Assert.True(OrderNumberExtractor.IsValidAnswer(span, out _), $"\"{span}\" in \"{text}\" is not an order number");
                }
                else
                {
                    Assert.True(synonyms[category].Contains(span), $"\"{span}\" in \"{text}\" is not a {category} synonym");
                }

                labels++;
            }
        }

        Assert.True(labels >= 50, $"only {labels} labels");
    }

    private static JsonElement.ArrayEnumerator List(string category) =>
        Assets.GetProperty("entities").EnumerateArray()
            .Single(e => e.GetProperty("category").GetString() == category)
            .GetProperty("list").GetProperty("sublists").EnumerateArray();
}
