namespace SupportBot.Bot.Escalation.Webhook;

/// <summary>Escalation:Webhook: where new tickets are POSTed (off when Url is empty) and how hard to try.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Escalation:Webhook";

    /// <summary>Absolute http(s) URL; empty turns the webhook off.</summary>
    public string? Url { get; set; }

    /// <summary>HMAC-SHA256 key for the X-SupportBot-Signature header; at least 16 characters when Url is set.</summary>
    public string? Secret { get; set; }

    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first retry's delay; each later one doubles it.</summary>
    public int InitialDelayMilliseconds { get; set; } = 500;

    public int TimeoutSeconds { get; set; } = 10;

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);
}
