using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SupportBot.Bot.Operations.Metrics;

/// <summary>
/// The "SupportBot.Dialogs" meter, read off the entities of the bot's messages: outcomes by decision rule, replies to
/// messages the bot did not understand, and answers to "did that solve it?".
/// </summary>
public sealed class DialogMetrics
{
    private readonly Counter<long> _outcomes;
    private readonly Counter<long> _notUnderstood;
    private readonly Counter<long> _solved;

    public DialogMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(SupportBotMeters.Dialogs);
        _outcomes = meter.CreateCounter<long>("supportbot.outcomes", "{outcome}", "Outcome messages, by decision rule and outcome.");
        _notUnderstood = meter.CreateCounter<long>("supportbot.not_understood", "{message}", "Customer messages the bot could not read, by dialog.");
        _solved = meter.CreateCounter<long>("supportbot.solved", "{answer}", "Answers to \"did that solve it?\", by answer (yes, no).");
    }

    public void Outcome(string rule, string outcome) =>
        _outcomes.Add(1, new TagList { { "rule", rule }, { "outcome", outcome } });

    public void NotUnderstood(string dialog) => _notUnderstood.Add(1, new KeyValuePair<string, object?>("dialog", dialog));

    public void Solved(bool solved) => _solved.Add(1, new KeyValuePair<string, object?>("answer", solved ? "yes" : "no"));
}
