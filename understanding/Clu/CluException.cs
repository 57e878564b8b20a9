namespace SupportBot.Understanding.Clu;

/// <summary>A CLU call that failed, with what kind of failure it was and the service's own error code.</summary>
public sealed class CluException : Exception
{
    public CluException()
    {
    }

    public CluException(string message)
        : base(message)
    {
    }

    public CluException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CluException(CluFailure failure, int? status, string? errorCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        Status = status;
        ErrorCode = errorCode;
    }

    public CluFailure Failure { get; } = CluFailure.Network;

    /// <summary>The HTTP status, when there was an answer.</summary>
    public int? Status { get; }

    /// <summary>error.code or x-ms-error-code; a gateway may send a number, kept here as text.</summary>
    public string? ErrorCode { get; }

    /// <summary>How long the service asked to wait before another try (Retry-After, retry-after-ms), when it did.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>An answer worth another try: 408, 429 and every 5xx. Client errors and no answer at all are not.</summary>
    public bool Retriable => Status is 408 or 429 or >= 500;
}
