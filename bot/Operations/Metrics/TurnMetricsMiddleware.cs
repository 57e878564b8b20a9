using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Understanding;

namespace SupportBot.Bot.Operations.Metrics;

/// <summary>
/// Counts each turn and its duration, and reads what the bot said off the markers its activities carry: outcomes by
/// rule, not-understood replies, "did that solve it?" answers, and the recognizer's trace (top intent, CLU fallback).
/// Escalations are counted where tickets are opened (EscalationMetrics), once per ticket.
/// </summary>
public sealed class TurnMetricsMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private readonly TurnMetrics _turns;
    private readonly DialogMetrics _dialogs;
    private readonly RecognitionMetrics _recognition;
    private readonly TimeProvider _time;

    public TurnMetricsMiddleware(TurnMetrics turns, DialogMetrics dialogs, RecognitionMetrics recognition, TimeProvider? time = null)
    {
        _turns = turns;
        _dialogs = dialogs;
        _recognition = recognition;
        _time = time ?? TimeProvider.System;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var started = _time.GetTimestamp();
        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            foreach (var activity in activities)
            {
                Observe(activity);
            }

            return await nextSend();
        });

        var failed = true;
        try
        {
            await next(cancellationToken);
            failed = false;
        }
        finally
        {
            var activity = turnContext.Activity;
            _turns.Turn(activity.ChannelId ?? "unknown", activity.Type ?? "unknown", _time.GetElapsedTime(started), failed);
        }
    }

    private void Observe(Activity activity)
    {
        if (activity.Type == ActivityTypes.Trace && activity.ValueType == OfflineRecognizer.TraceValueType)
        {
            ObserveRecognition(activity.Value);
        }

        foreach (var entity in activity.Entities ?? [])
        {
            switch (entity.Type)
            {
                case OutcomeEntities.OutcomeType:
                    _dialogs.Outcome(Text(entity, "ruleId"), Text(entity, "outcome"));
                    break;
                case OutcomeEntities.NotUnderstoodType:
                    _dialogs.NotUnderstood(Text(entity, "dialog"));
                    break;
                case OutcomeEntities.SolvedType:
                    _dialogs.Solved(entity.Properties["solved"]?.Type == JTokenType.Boolean && entity.Properties.Value<bool>("solved"));
                    break;
            }
        }
    }

    private void ObserveRecognition(object? value)
    {
        var result = value switch
        {
            RecognizerResult typed => typed,
            JToken token => token.ToObject<RecognizerResult>(),
            _ => null,
        };
        if (result is null)
        {
            return;
        }

        var recognizer = result.Properties.TryGetValue("recognizer", out var name) ? name?.ToString() ?? "unknown" : "unknown";
        var (intent, _) = result.Intents is { Count: > 0 } ? result.GetTopScoringIntent() : ("None", 0);
        _recognition.Recognized(intent, recognizer);
        if (result.Properties.TryGetValue("cluFallback", out var reason) && reason is not null)
        {
            _recognition.FellBack(reason.ToString() ?? "unknown");
        }
    }

    private static string Text(Entity entity, string property) => entity.Properties[property]?.ToString() ?? "unknown";
}
