namespace SupportBot.Knowledge;

/// <summary>The knowledge base's health for /healthz: the version serving, the last reload, and its errors as file:line:column.</summary>
public sealed class KnowledgeHealth
{
    private KnowledgeHealthReport _report = new("starting", string.Empty, string.Empty, DateTimeOffset.MinValue, null, true, []);

    public KnowledgeHealthReport Report => Volatile.Read(ref _report);

    public string Version => Report.Version;

    public DateTimeOffset? LastReloadAt => Report.LastReloadAt;

    public IReadOnlyList<string> Errors => Report.Errors;

    public bool IsHealthy => Report.LastReloadSucceeded;

    internal void Loaded(string version, string directory, DateTimeOffset at, bool initial) =>
        Volatile.Write(ref _report, new KnowledgeHealthReport("ok", version, directory, at, initial ? null : at, true, []));

    internal void ReloadFailed(IReadOnlyList<KnowledgeError> errors, DateTimeOffset at)
    {
        var current = Report;
        Volatile.Write(ref _report, current with
        {
            Status = "degraded",
            LastReloadAt = at,
            LastReloadSucceeded = false,
            Errors = errors.Select(e => e.ToString()).ToArray(),
        });
    }
}
