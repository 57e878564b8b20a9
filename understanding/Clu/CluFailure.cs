namespace SupportBot.Understanding.Clu;

/// <summary>Why a CLU call gave no usable answer; also the fallback reason in logs and metrics.</summary>
public enum CluFailure
{
    /// <summary>401 or 403: a wrong key, or a quota exceeded.</summary>
    Unauthorized,

    /// <summary>404: the project or the deployment does not exist.</summary>
    NotFound,

    /// <summary>400 and other 4xx: the request was refused.</summary>
    BadRequest,

    /// <summary>429 after the retries, or a Retry-After longer than the call's budget.</summary>
    Throttled,

    /// <summary>5xx after the retries.</summary>
    ServerError,

    /// <summary>The call's time budget ran out.</summary>
    Timeout,

    /// <summary>No HTTP answer at all: refused connection, DNS, reset.</summary>
    Network,

    /// <summary>A 200 whose body is not the contract's JSON.</summary>
    MalformedResponse,
}
