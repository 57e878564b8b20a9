using System.Text;
using SupportBot.Bot.Escalation.Webhook;

namespace SupportBot.Bot.Tests.Security;

/// <summary>A captured webhook request cannot be replayed later against a receiver that checks the timed signature.</summary>
public sealed class WebhookReplayTests
{
    private const string Secret = "webhook-secret-0123456789";
    private static readonly DateTimeOffset SentAt = new(2026, 12, 6, 3, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"type":"supportbot.escalation.created"}""");
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public void A_fresh_request_verifies_and_the_same_request_replayed_later_does_not()
    {
        var header = WebhookSignature.ComputeTimed(Secret, SentAt, Body);

        Assert.True(WebhookSignature.VerifyTimed(Secret, Body, header, SentAt.AddMinutes(4), Tolerance));
        Assert.False(WebhookSignature.VerifyTimed(Secret, Body, header, SentAt.AddMinutes(6), Tolerance));
    }

    [Fact]
    public void A_moved_timestamp_a_changed_body_or_another_secret_does_not_verify()
    {
        var header = WebhookSignature.ComputeTimed(Secret, SentAt, Body);
        var later = SentAt.AddHours(1);
        var movedTimestamp = $"t={later.ToUnixTimeSeconds()}," + header.Split(',')[1];

        Assert.False(WebhookSignature.VerifyTimed(Secret, Body, movedTimestamp, later, Tolerance));
        Assert.False(WebhookSignature.VerifyTimed(Secret, [.. Body, (byte)' '], header, SentAt, Tolerance));
        Assert.False(WebhookSignature.VerifyTimed("another-secret-0123456789", Body, header, SentAt, Tolerance));
        Assert.False(WebhookSignature.VerifyTimed(Secret, Body, "sha256=abc", SentAt, Tolerance));
        Assert.False(WebhookSignature.VerifyTimed(Secret, Body, null, SentAt, Tolerance));
    }
}
