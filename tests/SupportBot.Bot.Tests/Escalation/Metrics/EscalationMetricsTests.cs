using SupportBot.Knowledge;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Escalation.Metrics;
using SupportBot.Bot.Tests.Escalation.TestSupport;

namespace SupportBot.Bot.Tests.Escalation.Metrics;

/// <summary>Escalation figures for the operations issue: the meter's counters and the rate and reasons over a period.</summary>
public sealed class EscalationMetricsTests : IAsyncDisposable
{
    private readonly EscalationHost _host = new();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Escalations_are_counted_by_reason_and_tickets_by_the_state_they_enter()
    {
        var factory = _host.Factory.Services.GetRequiredService<IMeterFactory>();
        var measured = new ConcurrentBag<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this host's meter: other tests' hosts run in the same process.
            if (instrument.Meter.Name == EscalationMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measured.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();

        await EscalateAsync("担当者と話したい");
        var second = await EscalateAsync("ほげほげ", "ふがふが", _host.Knowledge.Text(MessageKeys.CommonYes, "ja"));
        await second.SayAsync(_host.Knowledge.Text(MessageKeys.EscalationWithdrawButton, "ja"));

        var escalations = measured.Where(m => m.Instrument == "supportbot.escalations").Select(m => (string)m.Tags["reason"]!).Order().ToList();
        var states = measured.Where(m => m.Instrument == "supportbot.escalation.tickets").Select(m => $"{m.Tags["state"]}/{m.Tags["resolution"]}").Order().ToList();
        Assert.Equal(["customer_request", "not_understood"], escalations);
        Assert.Equal(["queued/", "queued/", "resolved/withdrawn"], states);
    }

    [Fact]
    public async Task The_figures_give_the_escalation_rate_and_reasons_over_a_period()
    {
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        await EscalateAsync("担当者と話したい");
        await EscalateAsync("ほげほげ", "ふがふが", _host.Knowledge.Text(MessageKeys.CommonYes, "ja"));
        await new EmulatorChat(_host).SayAsync("こんにちは");
        await new EmulatorChat(_host).SayAsync("キャンセルリクエストとは何ですか？");
        var query = _host.Factory.Services.GetRequiredService<IEscalationFiguresQuery>();

        var figures = await query.QueryAsync(since, DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);
        var before = await query.QueryAsync(since.AddDays(-2), since, CancellationToken.None);

        Assert.Equal((4, 2, 0.5), (figures.Conversations, figures.Escalations, figures.Rate));
        Assert.Equal(new Dictionary<string, long> { ["customer_request"] = 1, ["not_understood"] = 1 }, figures.ByReason);
        Assert.Equal(new Dictionary<string, long> { ["queued"] = 2 }, figures.ByState);
        Assert.Equal((0, 0, 0.0), (before.Conversations, before.Escalations, before.Rate));
    }

    private async Task<EmulatorChat> EscalateAsync(params string[] turns)
    {
        var chat = new EmulatorChat(_host);
        foreach (var text in turns)
        {
            await chat.SayAsync(text);
        }

        return chat;
    }
}
