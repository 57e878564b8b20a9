using SupportBot.Knowledge;
using SupportBot.Testing.Hosting;
using SupportBot.Testing.Transcripts;

namespace SupportBot.Bot.Tests.Turns;

/// <summary>replay-masks.txt covers what a recorded escalation says differently at another hour or queue length.</summary>
public sealed class ReplayMaskTests
{
    private static readonly KnowledgeSnapshot Knowledge = KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Path, "knowledge", "content")).Snapshot!;

    // A weekday morning, a weekday night and a Sunday afternoon in Japan.
    private static readonly DateTimeOffset[] Moments =
    [
        new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(9)),
        new(2026, 12, 7, 23, 30, 0, TimeSpan.FromHours(9)),
        new(2026, 12, 6, 15, 0, 0, TimeSpan.FromHours(9)),
    ];

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void The_desk_line_reads_the_same_after_masking_open_or_closed(string language)
    {
        var lines = Moments.Select(now => DeskAnswer.For(Knowledge, now, language)!.Text).ToList();

        Assert.Equal(3, lines.Distinct().Count());
        Assert.Single(lines.Select(ReplayMasks.Apply).Distinct());
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void The_queue_line_and_the_ticket_number_read_the_same_after_masking(string language)
    {
        var next = Knowledge.Text(MessageKeys.EscalationQueueNext, language) + " " + Knowledge.Text(MessageKeys.EscalationTicket, language, ("ticketId", "ESC-000001"));
        var third = Knowledge.Text(MessageKeys.EscalationQueuePosition, language, ("ahead", "2")) + " " + Knowledge.Text(MessageKeys.EscalationTicket, language, ("ticketId", "ESC-004711"));

        Assert.Equal(ReplayMasks.Apply(next), ReplayMasks.Apply(third));
    }
}
