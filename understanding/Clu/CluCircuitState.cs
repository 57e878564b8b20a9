namespace SupportBot.Understanding.Clu;

/// <summary>Closed: CLU is called. Open: it is not, during an outage. HalfOpen: one probe call decides.</summary>
public enum CluCircuitState
{
    Closed,
    Open,
    HalfOpen,
}
