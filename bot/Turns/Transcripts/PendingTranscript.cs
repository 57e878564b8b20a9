namespace SupportBot.Bot.Turns.Transcripts;

/// <summary>
/// The current turn's transcript lines (incoming activity and replies so far, unmasked JSON) before they are written
/// at the turn's end; in TurnState so that an escalation mid-turn can hand over everything the customer saw.
/// </summary>
public sealed class PendingTranscript
{
    private readonly List<UnmaskedTranscriptLine> _lines;

    internal PendingTranscript(List<UnmaskedTranscriptLine> lines) => _lines = lines;

    public IReadOnlyList<string> Snapshot()
    {
        lock (_lines)
        {
            return _lines.Select(l => l.ActivityJson).ToList();
        }
    }
}
