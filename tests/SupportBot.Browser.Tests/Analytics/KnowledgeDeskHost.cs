using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Browser.Tests.Hosting;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Hosting;

namespace SupportBot.Browser.Tests.Analytics;

/// <summary>
/// A bot process serving a private copy of the knowledge files (so a lead's edit changes only the copy), its
/// development account (a lead), and headless Debian Chromium; customers are played over /api/messages.
/// </summary>
public sealed class KnowledgeDeskHost : BotAndBrowser
{
    public string AgentPassword { get; private set; } = string.Empty;

    public string ContentDirectory { get; private set; } = string.Empty;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings(string folder)
    {
        ContentDirectory = Path.Combine(folder, "content");
        Directory.CreateDirectory(ContentDirectory);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "knowledge", "content"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(ContentDirectory, Path.GetFileName(file)));
        }

        return new Dictionary<string, string?> { ["Knowledge__Directory"] = ContentDirectory };
    }

    protected override Task OnBotStartedAsync()
    {
        AgentPassword = DevelopmentPassword();
        return Task.CompletedTask;
    }

    /// <summary>A new customer's conversation with one message; the bot's replies (delivery mode expectReplies).</summary>
    public async Task<string> SayAsync(string text)
    {
        using var client = new HttpClient { BaseAddress = Bot.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var id = "browser-desk-" + Guid.NewGuid().ToString("N");
        await PostAsync(client, TestActivities.ConversationUpdate(id));
        return await PostAsync(client, TestActivities.Message(id, text));
    }

    private static async Task<string> PostAsync(HttpClient client, Activity activity)
    {
        using var body = new StringContent(JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
