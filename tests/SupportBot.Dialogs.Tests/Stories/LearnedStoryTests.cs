using SupportBot.Dialogs.Tests.Recognition;
using SupportBot.Knowledge;
using SupportBot.Testing.Hosting;
using SupportBot.Testing.Stories;

namespace SupportBot.Dialogs.Tests.Stories;

/// <summary>
/// The stories leads add from the console when they turn a missed message into an example
/// (knowledge/content/stories/learned.yaml): each must keep passing, unlike the development set's floors.
/// </summary>
public sealed class LearnedStoryTests
{
    private static readonly DateTimeOffset When = new(2026, 12, 6, 21, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public async Task Every_learned_story_in_the_repository_passes()
    {
        var path = LearnedStories.PathIn(Path.Combine(RepositoryRoot.Path, "knowledge", "content"));
        var stories = File.Exists(path) ? StoryFileReader.Read(path).Stories : [];
        var runner = DialogStories.Runner(RepositoryKnowledge.Instance);

        foreach (var story in stories)
        {
            var verdict = await runner.RunAsync(story);
            Assert.True(verdict.Passed, verdict.Describe());
        }
    }

    [Theory]
    [InlineData("intent:CancelOrder", "注文をキャンセルしたいです")]
    [InlineData("intent:OutOfScope", "ギフト包装はできますか")]
    [InlineData("intent:Human", "担当者と話したい")]
    [InlineData("faq:penalty", "キャンセルにペナルティはありますか？")]
    [InlineData("faq:cancel-fee", "Is there a fee to cancel?")]
    public async Task A_learned_story_is_written_in_the_writers_format_and_checks_the_answer(string target, string message)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, LearnedStories.Add(LearnedStories.Add(null, ExampleTarget.Parse("intent:Thanks")!, "ありがとう", "田中", When), ExampleTarget.Parse(target)!, message, "田中", When));

            var stories = StoryFileReader.Read(file).Stories;

            Assert.Equal(2, stories.Count);
            Assert.Equal(message, Assert.Single(stories[1].Turns).Say);
            var verdict = await DialogStories.Runner(RepositoryKnowledge.Instance).RunAsync(stories[1]);
            Assert.True(verdict.Passed, verdict.Describe());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
