using System.Net;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Hosting;

namespace SupportBot.Bot.Tests.Hosting;

/// <summary>The built host as a real process started outside the repository, as a newcomer or an operator starts it.</summary>
public sealed class HostProcessTests
{
    [Fact]
    public async Task The_host_started_from_another_folder_finds_its_settings_and_answers_the_Emulator_protocol()
    {
        await using var bot = await BotProcess.StartAsync();
        using var client = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var conversation = "conv-" + Guid.NewGuid().ToString("N");

        using var update = await client.PostActivityAsync(TestActivities.ConversationUpdate(conversation));
        using var message = await client.PostActivityAsync(TestActivities.Message(conversation, "こんにちは"));

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Contains(await update.ReadRepliesAsync(), r => r.Type == ActivityTypes.Message && r.Locale is null or "ja-JP");
        Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        Assert.NotEmpty(await message.ReadRepliesAsync());
        Assert.DoesNotContain("Unhandled exception", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_knowledge_file_stops_the_start_with_its_file_and_line()
    {
        var knowledge = Directory.CreateTempSubdirectory("supportbot-broken-knowledge-").FullName;
        try
        {
            foreach (var folder in new[] { "content", "schemas" })
            {
                Directory.CreateDirectory(Path.Combine(knowledge, folder));
                foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "knowledge", folder)))
                {
                    File.Copy(file, Path.Combine(knowledge, folder, Path.GetFileName(file)));
                }
            }

            var timing = Path.Combine(knowledge, "content", "refund-timing.yaml");
            File.WriteAllText(timing, File.ReadAllText(timing).Replace("overdue_after_days: 7", "overdue_after_days: -7", StringComparison.Ordinal));

            var start = () => BotProcess.StartAsync(new Dictionary<string, string?> { ["Knowledge__Directory"] = Path.Combine(knowledge, "content") });

            var failure = await Assert.ThrowsAsync<InvalidOperationException>(start);
            Assert.Matches(@"refund-timing\.yaml:\d+:\d+", failure.Message);
        }
        finally
        {
            Directory.Delete(knowledge, recursive: true);
        }
    }
}
