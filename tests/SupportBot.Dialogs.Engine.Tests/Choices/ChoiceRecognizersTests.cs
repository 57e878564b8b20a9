using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Engine.Tests.Choices;

public class ChoiceRecognizersTests
{
    private static List<Choice> ShippingStates() =>
    [
        new Choice("発送済み") { Synonyms = ["発送された", "発送されました", "出荷済み", "届いた"] },
        new Choice("未発送") { Synonyms = ["まだ", "発送されていない", "発送前"] },
        new Choice("わからない") { Synonyms = ["不明", "わかりません", "分からない"] },
    ];

    private static List<Choice> Colors() =>
    [
        new Choice("red"),
        new Choice("dark blue") { Synonyms = ["navy"] },
        new Choice("green") { Action = new CardAction(ActionTypes.ImBack, "Green please", value: "green") },
    ];

    public static TheoryData<string, string> JapaneseCases => new()
    {
        { "発送済み", "発送済み" },
        { "発送済みです", "発送済み" },
        { "もう発送されました", "発送済み" },
        { "出荷済みです。", "発送済み" },
        { "まだ発送されていません", "未発送" },
        { "発送前です", "未発送" },
        { "未発送", "未発送" },
        { "よくわかりません", "わからない" },
        { "３", "わからない" },
        { "1", "発送済み" },
        { "2です", "未発送" },
        { "2番目", "未発送" },
        { "２つ目", "未発送" },
        { "二番目でお願いします", "未発送" },
        { "３番", "わからない" },
        { "1つめ", "発送済み" },
    };

    public static TheoryData<string, string> EnglishCases => new()
    {
        { "red", "red" },
        { "RED", "red" },
        { "ＲＥＤ", "red" },
        { "the red one", "red" },
        { "navy", "dark blue" },
        { "dark blue please", "dark blue" },
        { "Green please", "green" },
        { "second", "dark blue" },
        { "the 3rd", "green" },
        { "1", "red" },
    };

    [Theory]
    [MemberData(nameof(JapaneseCases))]
    public void RecognizeChoices_finds_the_Japanese_choice(string utterance, string expected)
    {
        var found = ChoiceRecognizers.RecognizeChoices(utterance, ShippingStates());

        Assert.Equal(expected, found[0].Value);
    }

    [Theory]
    [MemberData(nameof(EnglishCases))]
    public void RecognizeChoices_finds_the_English_choice(string utterance, string expected)
    {
        var found = ChoiceRecognizers.RecognizeChoices(utterance, Colors());

        Assert.Equal(expected, found[0].Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("こんにちは")]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("5番目")]
    public void RecognizeChoices_returns_nothing_when_no_choice_matches(string utterance)
    {
        Assert.Empty(ChoiceRecognizers.RecognizeChoices(utterance, ShippingStates()));
    }

    [Fact]
    public void RecognizeChoices_reports_index_synonym_and_full_score_for_an_exact_match()
    {
        var found = Assert.Single(ChoiceRecognizers.RecognizeChoices("出荷済み", ShippingStates()));

        Assert.Equal(0, found.Index);
        Assert.Equal("出荷済み", found.Synonym);
        Assert.Equal(1.0f, found.Score);
    }

    [Theory]
    [InlineData("Thanks for your help")]
    [InlineData("I need that money for rent")]
    [InlineData("it wasn't a week, I just checked")]
    [InlineData("Understood. I will wait on the refund, then.")]
    public void RecognizeChoices_takes_no_choice_that_shares_only_function_words(string text)
    {
        List<Choice> choices = [new Choice("The store itself"), new Choice("Preparing for shipment"), new Choice("I don't know"), new Choice("Cash on delivery")];

        Assert.Empty(ChoiceRecognizers.RecognizeChoices(text, choices));
    }

    [Fact]
    public void RecognizeChoices_still_takes_a_content_word() =>
        Assert.Equal("I don't know", ChoiceRecognizers.RecognizeChoices("honestly I really don't know", [new Choice("The store itself"), new Choice("I don't know")])[0].Value);

    [Fact]
    public void RecognizeChoices_prefers_the_longest_Japanese_match()
    {
        List<Choice> choices = [new Choice("発送"), new Choice("発送済み")];

        var found = ChoiceRecognizers.RecognizeChoices("発送済みだと思います", choices);

        Assert.Equal("発送済み", found[0].Value);
    }
}
