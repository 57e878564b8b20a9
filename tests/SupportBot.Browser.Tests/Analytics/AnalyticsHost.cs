using SupportBot.Knowledge;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Playwright;
using Newtonsoft.Json;
using SupportBot.Browser.Tests.Hosting;
using SupportBot.Testing.Channels;

namespace SupportBot.Browser.Tests.Analytics;

/// <summary>
/// A bot process with a few finished conversations in its store (posted to /api/messages as the Emulator would), its
/// development agent account (printed at start), and headless Debian Chromium.
/// </summary>
public sealed class AnalyticsHost : BotAndBrowser
{
    public string AgentPassword { get; private set; } = string.Empty;

    protected override async Task OnBotStartedAsync()
    {
        AgentPassword = DevelopmentPassword();
        await HoldConversationsAsync();
    }

    private async Task HoldConversationsAsync()
    {
        string Ja(Label label) => label.Text(Knowledge, "ja");
        string[] toOutcome = ["注文をキャンセルしたい", "250-1234567-1234567", Ja(Label.Stage("not_shipped")), Ja(Label.Seller("store")), Ja(Label.Payment("credit_card"))];

        using var client = new HttpClient { BaseAddress = Bot.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        string[][] conversations =
        [
            [.. toOutcome, Ja(MessageKeys.CommonYes)],
            [.. toOutcome, Ja(MessageKeys.CommonYes)],
            [.. toOutcome, Ja(MessageKeys.CommonNo)],
            ["人と話したい"],
            ["注文をキャンセルしたい", "250-1234567-1234567"],
            ["ぜんぜん関係ない話です"],
            ["ぜんぜん関係ない話です", "ほげほげ"],
        ];
        foreach (var texts in conversations)
        {
            var id = "browser-analytics-" + Guid.NewGuid().ToString("N");
            await PostAsync(client, TestActivities.ConversationUpdate(id));
            foreach (var text in texts)
            {
                await PostAsync(client, TestActivities.Message(id, text));
            }
        }
    }

    private static async Task PostAsync(HttpClient client, Activity activity)
    {
        using var body = new StringContent(JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), body);
        response.EnsureSuccessStatusCode();
    }
}
