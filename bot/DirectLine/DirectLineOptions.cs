namespace SupportBot.Bot.DirectLine;

/// <summary>The "DirectLine" section: the built-in Direct Line 3.0 channel's secret, token key and token lifetime.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The channel secret: accepted as a bearer on every call (Botium) and by POST /v3/directline/tokens/generate.
    /// Blank turns secret access off; the page never needs it.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>HMAC-SHA256 key for tokens (at least 32 characters); blank means a key generated once and kept in <see cref="SigningKeyPath"/>.</summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>Where the generated development key is kept, so restarts keep tokens valid; relative to the repository root (like Storage:SqlitePath).</summary>
    public string SigningKeyPath { get; set; } = "data/directline-signing.key";

    /// <summary>How long a token lives; a refresh issues a new one that lives as long again (Azure: 3600).</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>How long refreshes may keep one conversation's tokens alive, from its first token; then a new conversation.</summary>
    public int TokenMaxLifetimeHours { get; set; } = 24;

    /// <summary>A conversation's activity log is deleted this many days after its last activity (longer than any token lives).</summary>
    public int LogRetentionDays { get; set; } = 30;

    /// <summary>Token requests the page's endpoint (POST /api/token) accepts per client address per minute.</summary>
    public int TokenRequestsPerMinute { get; set; } = 20;

    /// <summary>Most activities one GET or one stream frame returns.</summary>
    public int MaxActivitiesPerRead { get; set; } = 500;

    /// <summary>Most bytes of activity JSON one GET or one stream frame returns (the rest follows from the new watermark).</summary>
    public int MaxBytesPerRead { get; set; } = 512 * 1024;

    /// <summary>
    /// How often a stream re-reads the log when no signal came: on SQLite, and on PostgreSQL while the listener for
    /// other instances' appends (Notifications/PostgresAppendListener) is down.
    /// </summary>
    public int StreamPollMilliseconds { get; set; } = 1000;

    /// <summary>How often a stream re-reads the log while that listener is up: only a safety net, as every append wakes it.</summary>
    public int StreamSafetyPollMilliseconds { get; set; } = 30_000;

    /// <summary>
    /// At start, customer messages accepted this long before it and never answered (the process stopped mid-turn) are
    /// answered; older ones are left (their processed records are kept a day, so this stays well under it).
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(0, 720)]
    public int RecoverUnansweredMinutes { get; set; } = 60;

    /// <summary>
    /// How long after start recovery waits, so a turn still running on another instance finishes first; 0 in tests.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(0, 600)]
    public int RecoveryDelaySeconds { get; set; } = 30;

    /// <summary>
    /// Activities one conversation's log may hold before it takes no more posts (429 with a reason): with posts
    /// trimmed to what the bot reads and text capped at BotHost:MaxMessageTextLength, this bounds what one customer can
    /// make the store keep for 30 days. A long real conversation is about 100 activities.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(10, 1_000_000)]
    public int MaxActivitiesPerConversation { get; set; } = 2_000;

    /// <summary>Streams one conversation may have open at once in one instance (Web Chat keeps one; a reload briefly two).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100)]
    public int MaxStreamsPerConversation { get; set; } = 4;
}
