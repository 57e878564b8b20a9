using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Hosting;

namespace SupportBot.Bot.Tests.Hosting;

/// <summary>An ordinary turn writes nothing at Information: per-turn detail is Debug, so a busy store's log stays small.</summary>
public sealed class TurnLogVolumeTests
{
    [Fact]
    public async Task Twenty_ordinary_turns_add_no_log_lines_at_the_default_level()
    {
        var folder = Directory.CreateTempSubdirectory("supportbot-logvolume-").FullName;
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Storage__SqlitePath"] = Path.Combine(folder, "supportbot.db"),
            ["DirectLine__SigningKeyPath"] = Path.Combine(folder, "directline-signing.key"),
        });
        using var client = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using (await client.PostActivityAsync(TestActivities.Message("warm-up", "こんにちは")))
        {
        }

        var before = bot.Output.Length;
        for (var i = 0; i < 20; i++)
        {
            using var response = await client.PostActivityAsync(TestActivities.Message("log-volume", i % 2 == 0 ? "注文をキャンセルしたい" : "最初からやり直したい"));
        }

        var written = bot.Output[before..];
        Assert.True(written.Length < 200, $"{written.Length} characters of log for 20 turns:\n{written}");
    }
}
