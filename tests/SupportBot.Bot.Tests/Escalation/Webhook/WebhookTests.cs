using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Escalation.Webhook;
using SupportBot.Bot.Tests.Escalation.TestSupport;

namespace SupportBot.Bot.Tests.Escalation.Webhook;

/// <summary>The optional webhook: signed JSON per new ticket, retried with back-off, and never at the ticket's expense.</summary>
public sealed class WebhookTests
{
    private const string Secret = "webhook-secret-0123456789";
    private static readonly TimeSpan Patience = SupportBot.Testing.Time.Patience.Hang;

    [Fact]
    public async Task A_new_ticket_is_posted_as_json_with_a_valid_hmac_signature()
    {
        await using var receiver = await FakeWebhookReceiver.StartAsync();
        await using var host = new EscalationHost(extraSettings: Settings(receiver.Url));

        var ticket = await EscalateAsync(host);
        var status = await WaitForStatusAsync(host, ticket.Number, "delivered");

        var (body, signature) = Assert.Single(receiver.Received);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body));
        Assert.Equal(expected, signature);
        // The timed signature: t=<unix seconds>,sha256=<HMAC of "t." + body>, made when it was sent.
        var timed = Assert.Single(receiver.TimedSignatures)!;
        var seconds = timed.Split(',')[0]["t=".Length..];
        Assert.Equal($"t={seconds},sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), (byte[])[.. Encoding.ASCII.GetBytes(seconds + "."), .. body])), timed);
        Assert.InRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture), 0, 3600);
        var json = JObject.Parse(Encoding.UTF8.GetString(body));
        Assert.Equal(ticket.TicketId, (string?)json["ticket"]!["ticketId"]);
        Assert.Equal("customer_request", (string?)json["ticket"]!["reason"]);
        Assert.Equal("delivered 200 (attempt 1)", status);
    }

    [Fact]
    public async Task A_receiver_that_fails_first_gets_the_ticket_on_a_later_attempt()
    {
        await using var receiver = await FakeWebhookReceiver.StartAsync(500);
        await using var host = new EscalationHost(extraSettings: Settings(receiver.Url));

        var ticket = await EscalateAsync(host);
        var status = await WaitForStatusAsync(host, ticket.Number, "delivered");

        Assert.Equal(2, receiver.Received.Count);
        Assert.Equal(receiver.Received.First().Body, receiver.Received.Last().Body);
        Assert.Equal("delivered 200 (attempt 2)", status);
    }

    [Fact]
    public async Task A_receiver_that_is_down_loses_no_ticket()
    {
        await using var host = new EscalationHost(extraSettings: Settings(FakeWebhookReceiver.UnreachableUrl()));

        var ticket = await EscalateAsync(host);
        var status = await WaitForStatusAsync(host, ticket.Number, "failed");

        var stored = (await host.Store.GetAsync(ticket.Number, CancellationToken.None))!;
        Assert.StartsWith("failed: unreachable", status, StringComparison.Ordinal);
        Assert.EndsWith("after 3 attempts", status, StringComparison.Ordinal);
        Assert.Equal((TicketState.Queued, "customer_request"), (stored.State, stored.Reason));
        Assert.NotEmpty(stored.Payload.Transcript);
    }

    [Fact]
    public async Task A_ticket_a_stopped_process_never_delivered_is_delivered_after_the_restart()
    {
        await using var receiver = await FakeWebhookReceiver.StartAsync();
        var folder = Directory.CreateTempSubdirectory("supportbot-webhook-restart-").FullName;
        try
        {
            await DeliverAfterRestartAsync(receiver, folder);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task DeliverAfterRestartAsync(FakeWebhookReceiver receiver, string folder)
    {
        TicketView ticket;
        await using (var before = new EscalationHost(folder: folder))
        {
            ticket = await EscalateAsync(before);
            Assert.Null((await before.Store.GetAsync(ticket.Number, CancellationToken.None))!.WebhookStatus);
        }

        await using var after = new EscalationHost(extraSettings: Settings(receiver.Url), folder: folder);
        _ = after.Factory.Server;
        var status = await WaitForStatusAsync(after, ticket.Number, "delivered");

        Assert.Equal("delivered 200 (attempt 1)", status);
        Assert.Single(receiver.Received);
    }

    public static TheoryData<string?, string?> InvalidSettings => new()
    {
        { "not a url", Secret },
        { "ftp://127.0.0.1/hook", Secret },
        { "http://127.0.0.1/hook", null },
        { "http://127.0.0.1/hook", "short" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Options_without_a_usable_url_or_secret_are_refused(string? url, string? secret)
    {
        var result = new WebhookOptionsValidator().Validate(null, new WebhookOptions { Url = url, Secret = secret });

        Assert.True(result.Failed);
    }

    [Fact]
    public void No_url_means_no_webhook_and_is_valid()
    {
        Assert.True(new WebhookOptionsValidator().Validate(null, new WebhookOptions()).Succeeded);
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_a_webhook_url_but_no_secret()
    {
        await using var host = new EscalationHost(extraSettings: new Dictionary<string, string?> { ["Escalation:Webhook:Url"] = "http://127.0.0.1:9/hook" });

        var error = Assert.ThrowsAny<Exception>(() => host.Factory.CreateClient());

        Assert.Contains("Escalation:Webhook:Secret", error.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(string url) => new()
    {
        ["Escalation:Webhook:Url"] = url,
        ["Escalation:Webhook:Secret"] = Secret,
        ["Escalation:Webhook:MaxAttempts"] = "3",
        ["Escalation:Webhook:InitialDelayMilliseconds"] = "50",
        ["Escalation:Webhook:TimeoutSeconds"] = "5",
    };

    private static async Task<TicketView> EscalateAsync(EscalationHost host)
    {
        var chat = new EmulatorChat(host);
        await chat.SayAsync("担当者と話したい");
        return Assert.Single(await host.Store.ListAsync(null, null, 10, CancellationToken.None));
    }

    private static async Task<string> WaitForStatusAsync(EscalationHost host, long number, string prefix)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var status = (await host.Store.GetAsync(number, CancellationToken.None))?.WebhookStatus;
            if (status?.StartsWith(prefix, StringComparison.Ordinal) == true)
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Webhook status is still '{status}'.");
            await Task.Delay(50);
        }
    }
}
