using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine.Tests.TestDoubles;

namespace SupportBot.Dialogs.Engine.Tests;

public class DialogSetTests
{
    private static DialogSet NewSet() =>
        new(new ConversationState(new MemoryStorage()).CreateProperty<DialogState>("DialogState"));

    [Fact]
    public void Add_throws_when_the_dialog_is_null()
    {
        Assert.Throws<ArgumentNullException>(() => NewSet().Add(null!));
    }

    [Fact]
    public void Add_renames_a_different_dialog_whose_id_is_taken()
    {
        var set = NewSet();
        var first = new RecordingDialog("menu");
        var second = new RecordingDialog("menu");
        var third = new RecordingDialog("menu");

        set.Add(first).Add(second).Add(third);

        Assert.Equal(["menu", "menu2", "menu3"], new[] { first.Id, second.Id, third.Id });
        Assert.Same(second, set.Find("menu2"));
    }

    [Fact]
    public void Add_keeps_the_id_when_the_same_dialog_is_added_twice()
    {
        var set = NewSet();
        var dialog = new RecordingDialog("menu");

        set.Add(dialog).Add(dialog);

        Assert.Equal("menu", dialog.Id);
        Assert.Single(set.GetDialogs());
    }

    [Fact]
    public void Find_returns_null_for_an_unknown_id()
    {
        Assert.Null(NewSet().Find("nowhere"));
    }

    [Fact]
    public void Constructor_throws_when_the_accessor_is_null()
    {
        Assert.Throws<ArgumentNullException>(() => new DialogSet(null!));
    }
}
