using SupportBot.Dialogs.Tests.Recognition;
using SupportBot.Testing.Hosting;
using SupportBot.Testing.Stories;

namespace SupportBot.Dialogs.Tests.Stories;

/// <summary>
/// The development stories (Stories/development/, written by independent writers from the article and a persona):
/// each must go as a good agent would have it go. The blind stories are bench/stories/blind/, run by the benchmark only.
/// </summary>
public sealed class DevelopmentStoryTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "SupportBot.Dialogs.Tests", "Stories", "development");

    private static readonly Lazy<Dictionary<string, Story>> Stories = new(() => StoryFileReader.ReadDirectory(Folder).ToDictionary(s => s.Id));

    public static TheoryData<string> Ids => new(Stories.Value.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void There_are_stories_from_at_least_four_writers() =>
        Assert.True(Stories.Value.Values.Select(s => s.Writer).Distinct().Count() >= 4);

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Development_story_goes_as_a_good_agent_would_have_it(string id)
    {
        var verdict = await DialogStories.Runner(RepositoryKnowledge.Instance).RunAsync(Stories.Value[id]);
        Assert.True(verdict.Passed, verdict.Describe());
    }
}
