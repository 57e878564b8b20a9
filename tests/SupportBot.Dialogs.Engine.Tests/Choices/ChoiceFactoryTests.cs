using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Engine.Tests.Choices;

public class ChoiceFactoryTests
{
    private static List<Choice> Make(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new Choice($"選択肢{i}"))];

    [Theory]
    [InlineData("emulator", 3)]
    [InlineData("webchat", 5)]
    [InlineData("directline", 100)]
    public void ForChannel_uses_suggested_actions_where_the_channel_supports_them(string channelId, int count)
    {
        var activity = ChoiceFactory.ForChannel(channelId, Make(count), "どれですか？");

        Assert.Equal("どれですか？", activity.Text);
        Assert.Equal(count, activity.SuggestedActions.Actions.Count);
        Assert.All(activity.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal(Make(count).Select(c => c.Value), activity.SuggestedActions.Actions.Select(a => (string)a.Value));
    }

    [Fact]
    public void ForChannel_falls_back_to_a_list_when_a_channel_has_more_choices_than_buttons()
    {
        var activity = ChoiceFactory.ForChannel("webchat", Make(101), "どれですか？");

        Assert.Null(activity.SuggestedActions);
        Assert.Contains("101. 選択肢101", activity.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("email")]
    [InlineData("test")]
    [InlineData("sms")]
    public void ForChannel_renders_three_or_fewer_choices_inline_elsewhere(string channelId)
    {
        var activity = ChoiceFactory.ForChannel(channelId, Make(3), "どれですか？", options: ChoiceFactoryOptions.ForLocale("ja-JP"));

        Assert.Null(activity.SuggestedActions);
        Assert.Equal("どれですか？ (1) 選択肢1、(2) 選択肢2、または (3) 選択肢3", activity.Text);
    }

    [Fact]
    public void ForChannel_gives_Teams_three_buttons_at_most_since_it_shows_only_the_first_three()
    {
        Assert.Equal(3, ChoiceFactory.ForChannel("msteams", Make(3), "どれですか？").SuggestedActions?.Actions.Count);
        Assert.Null(ChoiceFactory.ForChannel("msteams", Make(4), "どれですか？").SuggestedActions);
    }

    [Fact]
    public void ForChannel_renders_more_than_three_choices_as_a_numbered_list_elsewhere()
    {
        var activity = ChoiceFactory.ForChannel("msteams", Make(4), "どれですか？");

        Assert.Equal("どれですか？\n\n   1. 選択肢1\n   2. 選択肢2\n   3. 選択肢3\n   4. 選択肢4", activity.Text);
    }

    [Fact]
    public void Inline_joins_two_choices_with_or_in_English()
    {
        var activity = ChoiceFactory.Inline([new Choice("Yes"), new Choice("No")], "Cancel?");

        Assert.Equal("Cancel? (1) Yes or (2) No", activity.Text);
    }

    [Fact]
    public void HeroCard_puts_the_choices_on_imBack_buttons()
    {
        var activity = ChoiceFactory.HeroCard(Make(2), "どれですか？");

        var card = Assert.IsType<HeroCard>(Assert.Single(activity.Attachments).Content);
        Assert.Equal("どれですか？", card.Text);
        Assert.Equal(["選択肢1", "選択肢2"], card.Buttons.Select(b => (string)b.Value));
    }

    [Fact]
    public void SuggestedAction_uses_the_action_title_and_keeps_the_choice_value()
    {
        var choice = new Choice("cancel") { Action = new CardAction { Title = "キャンセルする" } };

        var action = Assert.Single(ChoiceFactory.SuggestedAction([choice]).SuggestedActions.Actions);

        Assert.Equal("キャンセルする", action.Title);
        Assert.Equal("cancel", action.Value);
        Assert.Equal(ActionTypes.ImBack, action.Type);
    }
}
