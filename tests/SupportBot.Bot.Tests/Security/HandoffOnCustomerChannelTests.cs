using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Bot.Tests.Escalation.TestSupport;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// handoff.initiate carries the ticket's internal fields and the transcript for an agent hub; a Web Chat customer's
/// browser must not receive it, while the hub channels still do (EscalationTriggerTests).
/// </summary>
public sealed class HandoffOnCustomerChannelTests : IAsyncDisposable
{
    private readonly EscalationHost _host = new();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_direct_line_customer_who_escalates_never_receives_the_handoff_event()
    {
        var customer = await PageConversation.StartAsync(_host.Factory);
        await customer.Client.PostActivityAsync(customer.ConversationId, DirectLineClient.UserMessage("担当者と話したい", customer.UserId, "c-1"));
        var (first, watermark) = await PollUntilTextAsync(customer, null, "ESC-");
        // A later turn's reply proves the escalation turn, and anything it sent, is in the log already.
        await customer.Client.PostActivityAsync(customer.ConversationId, DirectLineClient.UserMessage("まだですか", customer.UserId, "c-2"));
        var (second, _) = await PollUntilTextAsync(customer, watermark, "ESC-");

        var all = first.Concat(second).ToList();
        Assert.DoesNotContain(all, a => (string?)a["type"] == "event" && (string?)a["name"] == "handoff.initiate");
        Assert.DoesNotContain(all, a => a["attachments"] is JArray files && files.Any(f => ((string?)f["contentType"])?.Contains("transcript", StringComparison.OrdinalIgnoreCase) == true));
    }

    private static async Task<(List<JObject> Activities, string Watermark)> PollUntilTextAsync(PageConversation customer, string? watermark, string text)
    {
        var seen = new List<JObject>();
        var deadline = DateTime.UtcNow + Patience.Hang;
        while (true)
        {
            var (activities, next) = await customer.Client.PollUntilAsync(customer.ConversationId, watermark, 1, Patience.Hang);
            seen.AddRange(activities);
            watermark = next;
            if (activities.Any(a => (string?)a["from"]?["role"] != "user" && ((string?)a["text"])?.Contains(text, StringComparison.Ordinal) == true))
            {
                return (seen, watermark);
            }

            Assert.True(DateTime.UtcNow < deadline, "the bot's reply never came");
        }
    }
}
