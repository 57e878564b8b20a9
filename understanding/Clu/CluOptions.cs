namespace SupportBot.Understanding.Clu;

/// <summary>
/// Where the CLU runtime lives and how patiently the bot waits for it. The four connection values sit at the
/// configuration root under the names the official CLU sample uses; the tuning values sit under "Clu".
/// </summary>
public sealed class CluOptions
{
    public const string SectionName = "Clu";
    public const string HostNameKey = "CluAPIHostName";
    public const string ApiKeyKey = "CluAPIKey";
    public const string ProjectNameKey = "CluProjectName";
    public const string DeploymentNameKey = "CluDeploymentName";

    /// <summary>The Language resource's host (myres.cognitiveservices.azure.com) or its full endpoint URL.</summary>
    public string HostName { get; set; } = string.Empty;

    public string ApiKey { get; set; } = string.Empty;

    public string ProjectName { get; set; } = string.Empty;

    public string DeploymentName { get; set; } = string.Empty;

    /// <summary>2024-11-01 has the same shapes; 2023-04-01 is the version the project export targets.</summary>
    public string ApiVersion { get; set; } = "2023-04-01";

    /// <summary>The whole call, retries included: past it the turn uses the offline recognizer.</summary>
    public int TimeoutMilliseconds { get; set; } = 1_500;

    /// <summary>Retries after the first try, only for 408, 429 and 5xx.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>First back-off delay; it doubles per retry, with jitter, up to <see cref="MaxRetryDelayMilliseconds"/>.</summary>
    public int RetryDelayMilliseconds { get; set; } = 100;

    public int MaxRetryDelayMilliseconds { get; set; } = 800;

    /// <summary>How long an identical utterance's CLU answer is reused (the free tier allows 5,000 calls a month).</summary>
    public int CacheSeconds { get; set; } = 300;

    public CluCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>CLU is used only when all four connection values are set.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(HostName) && !string.IsNullOrWhiteSpace(ApiKey)
        && !string.IsNullOrWhiteSpace(ProjectName) && !string.IsNullOrWhiteSpace(DeploymentName);

    public TimeSpan Timeout => TimeSpan.FromMilliseconds(TimeoutMilliseconds);

    /// <summary>The endpoint as a URI: a bare host name means https.</summary>
    public Uri? Endpoint
    {
        get
        {
            var value = HostName.Trim();
            if (!value.Contains("://", StringComparison.Ordinal))
            {
                value = "https://" + value;
            }

            return Uri.TryCreate(value, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                ? uri
                : null;
        }
    }
}
