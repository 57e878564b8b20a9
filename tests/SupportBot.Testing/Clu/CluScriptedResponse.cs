namespace SupportBot.Testing.Clu;

/// <summary>What the fake CLU server answers to one request: a status, a body, headers, optionally after a delay.</summary>
public sealed record CluScriptedResponse(int Status, string Body, IReadOnlyDictionary<string, string> Headers, TimeSpan Delay)
{
    public static CluScriptedResponse Json(int status, string body, params (string Name, string Value)[] headers) =>
        new(status, body, headers.ToDictionary(h => h.Name, h => h.Value), TimeSpan.Zero);

    /// <summary>The error shape of the contract, with the x-ms-error-code header.</summary>
    public static CluScriptedResponse Error(int status, string code, params (string Name, string Value)[] headers) =>
        Json(
            status,
            $$$"""{"error":{"code":"{{{code}}}","message":"scripted {{{status}}}"}}""",
            [("x-ms-error-code", code), .. headers]);

    /// <summary>Drops the connection without an answer, as a crashing gateway does.</summary>
    public static CluScriptedResponse DropConnection { get; } = new(0, string.Empty, new Dictionary<string, string>(), TimeSpan.Zero);

    public CluScriptedResponse After(TimeSpan delay) => this with { Delay = delay };
}
