using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SupportBot.Bot.Operations.Metrics;

/// <summary>
/// Recognizer figures on the "SupportBot.Recognition" meter (shared with the CLU client's own instruments): the top
/// intent of each recognized message by recognizer, and the turns CLU handed to the offline recognizer, by reason.
/// </summary>
public sealed class RecognitionMetrics
{
    private readonly Counter<long> _intents;
    private readonly Counter<long> _fallbacks;

    public RecognitionMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(SupportBotMeters.Recognition);
        _intents = meter.CreateCounter<long>("supportbot.recognizer.intents", "{message}", "Recognized messages, by top intent (None included) and recognizer.");
        _fallbacks = meter.CreateCounter<long>("supportbot.recognizer.fallbacks", "{message}", "Messages CLU could not recognize and the offline recognizer did, by reason.");
    }

    public void Recognized(string intent, string recognizer) =>
        _intents.Add(1, new TagList { { "intent", intent }, { "recognizer", recognizer } });

    public void FellBack(string reason) => _fallbacks.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
