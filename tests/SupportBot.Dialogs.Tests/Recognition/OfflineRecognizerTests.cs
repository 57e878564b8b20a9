using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SupportBot.Understanding;
using SupportBot.Knowledge;
using SupportBot.Testing.Hosting;

namespace SupportBot.Dialogs.Tests.Recognition;

public sealed class OfflineRecognizerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(9));
    private readonly OfflineRecognizer _recognizer = new(RepositoryKnowledge.Instance);

    [Theory]
    [InlineData("キャンセルしたい", SupportIntents.CancelOrder)]
    [InlineData("キャンセルしないで", SupportIntents.Quit)]
    [InlineData("キャンセルしたのに発送された", SupportIntents.ShippedAnyway)]
    [InlineData("キャンセルを取り消したい", SupportIntents.WithdrawCancel)]
    [InlineData("キャンセルできない", SupportIntents.CancelFailed)]
    [InlineData("こんにちは、キャンセルしたいです", SupportIntents.CancelOrder)]
    [InlineData("please don't cancel my order", SupportIntents.None)]
    [InlineData("i need to cancle my order", SupportIntents.CancelOrder)]
    [InlineData("キャンセルしたのに商品が届いた", SupportIntents.ShippedAnyway)]
    [InlineData("I cancelled it and it still got delivered", SupportIntents.ShippedAnyway)]
    [InlineData("キャンセルしたいけど、もう発送済み", SupportIntents.CancelOrder)]
    [InlineData("250-1234567-1234567", SupportIntents.None)]
    [InlineData("発送済みです", SupportIntents.None)]
    public void Recognize_picks_the_most_specific_intent(string text, string intent)
    {
        var result = _recognizer.Recognize(text, "ja-JP", Now);

        Assert.Equal(intent, result.GetTopScoringIntent().intent);
        Assert.InRange(result.GetTopScoringIntent().score, 0.0, 1.0);
    }

    [Fact]
    public void Recognize_fills_every_entity_of_the_first_message_with_original_offsets()
    {
        const string text = "注文番号２５０－１２３４５６７－１２３４５６７、もう発送済みです。3日前にクレカで払いました";

        var result = _recognizer.Recognize(text, "ja-JP", Now);

        Assert.Equal("250-1234567-1234567", (string?)result.Entities[SupportEntities.OrderNumber]);
        Assert.Equal("shipped", (string?)result.Entities[SupportEntities.Stage]);
        Assert.Equal("credit_card", (string?)result.Entities[SupportEntities.PaymentMethod]);
        Assert.Equal(3, (int?)result.Entities[SupportEntities.DaysAgo]);
        Assert.Equal("2026-11-23", (string?)result.Entities[SupportEntities.Date]);
        var instance = result.Entities["$instance"]![SupportEntities.OrderNumber]!;
        Assert.Equal(4, (int)instance["startIndex"]!);
        Assert.Equal(23, (int)instance["endIndex"]!);
        Assert.Equal("２５０－１２３４５６７－１２３４５６７", (string?)instance["text"]);
        Assert.Equal("発送済みです", (string?)result.Entities["$instance"]![SupportEntities.Stage]!["text"]);
    }

    [Theory]
    [InlineData("I want to cancel my order", "ja-JP", "en")]
    [InlineData("キャンセルしたい", "en-US", "ja")]
    [InlineData("PayPayで払った", "en-US", "ja")]
    [InlineData("250-1234567-1234567", "en-US", "en")]
    [InlineData("250-1234567-1234567", "ja-JP", "ja")]
    public void Recognize_guesses_the_language_from_the_text_and_then_the_locale(string text, string locale, string language)
    {
        var result = _recognizer.Recognize(text, locale, Now);

        Assert.Equal(language, result.Properties["language"]);
        Assert.Equal("offline", result.Properties["recognizer"]);
    }

    [Fact]
    public void An_example_added_to_the_intent_examples_file_retrains_the_recognizer_on_reload()
    {
        // What a support lead does with a line of the analytics page's not-understood list: paste it under its intent.
        const string Slang = "ぐらっちぇ";
        var root = Directory.CreateTempSubdirectory("recognizer-examples-");
        try
        {
            var copy = CopyKnowledge(root);
            var yaml = Path.Combine(copy.FullName, "intent-examples.yaml");
            var text = File.ReadAllText(yaml);
            var thanks = text.IndexOf("  Thanks:\n    ja:\n", StringComparison.Ordinal);
            Assert.True(thanks >= 0, "intent-examples.yaml has a Thanks list");
            File.WriteAllText(yaml, text.Insert(thanks + "  Thanks:\n    ja:\n".Length, $"      - \"{Slang}\"\n"));
            var reloaded = KnowledgeLoader.Load(copy.FullName);
            Assert.True(reloaded.Succeeded, string.Join("; ", reloaded.Errors));
            var knowledge = new SwitchableKnowledge(RepositoryKnowledge.Instance.Current);
            var recognizer = new OfflineRecognizer(knowledge);
            Assert.NotEqual(SupportIntents.Thanks, recognizer.Recognize(Slang, "ja-JP", Now).GetTopScoringIntent().intent);

            knowledge.Current = reloaded.Snapshot!;

            Assert.Equal(SupportIntents.Thanks, recognizer.Recognize(Slang, "ja-JP", Now).GetTopScoringIntent().intent);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Recognize_uses_the_vocabulary_of_the_current_snapshot_after_a_reload()
    {
        var root = Directory.CreateTempSubdirectory("recognizer-reload-");
        try
        {
            var copy = CopyKnowledge(root);
            var yaml = Path.Combine(copy.FullName, "recognizer.yaml");
            File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("ja: [こんにちは,", "ja: [ちーっす, こんにちは,", StringComparison.Ordinal));
            var reloaded = KnowledgeLoader.Load(copy.FullName);
            Assert.True(reloaded.Succeeded, string.Join("; ", reloaded.Errors));
            var knowledge = new SwitchableKnowledge(RepositoryKnowledge.Instance.Current);
            var recognizer = new OfflineRecognizer(knowledge);
            Assert.Equal(SupportIntents.None, recognizer.Recognize("ちーっす", "ja-JP", Now).GetTopScoringIntent().intent);

            knowledge.Current = reloaded.Snapshot!;

            Assert.Equal(SupportIntents.Greeting, recognizer.Recognize("ちーっす", "ja-JP", Now).GetTopScoringIntent().intent);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Recognize_reports_the_normalized_text()
    {
        var result = _recognizer.Recognize("ＦＡＱ　見せて", "ja-JP", Now);

        Assert.Equal("FAQ 見せて", result.AlteredText);
        Assert.Equal("ＦＡＱ　見せて", result.Text);
    }

    [Fact]
    public async Task RecognizeAsync_sends_a_recognizer_trace_and_counts_days_from_the_local_timestamp()
    {
        var adapter = new TestAdapter();
        var activity = MessageFactory.Text("昨日注文したのをキャンセルしたい");
        activity.Locale = "ja-JP";
        activity.LocalTimestamp = new DateTimeOffset(2026, 1, 1, 0, 30, 0, TimeSpan.FromHours(9));
        activity.Timestamp = activity.LocalTimestamp.Value.ToUniversalTime();
        activity.Conversation = new ConversationAccount(id: "c1");
        activity.From = new ChannelAccount("user");
        activity.Recipient = new ChannelAccount("bot");
        activity.ChannelId = "test";
        using var turn = new TurnContext(adapter, activity);
        var sent = new List<Activity>();
        turn.OnSendActivities((_, activities, next) =>
        {
            sent.AddRange(activities);
            return next();
        });

        var result = await _recognizer.RecognizeAsync(turn, CancellationToken.None);

        Assert.Equal(SupportIntents.CancelOrder, result.GetTopScoringIntent().intent);
        Assert.Equal("2025-12-31", (string?)result.Entities[SupportEntities.Date]);
        var trace = Assert.Single(sent);
        Assert.Equal(ActivityTypes.Trace, trace.Type);
        Assert.Equal(OfflineRecognizer.TraceName, trace.Name);
        Assert.Equal("Recognizer Trace", trace.Label);
        Assert.Equal("https://www.botframework.com/schemas/recognizerResult", trace.ValueType);
        Assert.Same(result, trace.Value);
    }

    private sealed class SwitchableKnowledge(KnowledgeSnapshot current) : IKnowledgeBase
    {
        public KnowledgeSnapshot Current { get; set; } = current;
    }

    // The content files name their schemas as ../schemas/*.json, so both folders are copied.
    private static DirectoryInfo CopyKnowledge(DirectoryInfo root)
    {
        foreach (var folder in new[] { "content", "schemas" })
        {
            var target = Directory.CreateDirectory(Path.Combine(root.FullName, folder));
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "knowledge", folder)))
            {
                File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
            }
        }

        return new DirectoryInfo(Path.Combine(root.FullName, "content"));
    }
}
