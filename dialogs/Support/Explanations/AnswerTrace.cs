using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using SupportBot.Dialogs.Answering;
using SupportBot.Understanding.Language;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Understanding;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Explanations;

/// <summary>
/// The trace that explains a turn to a tester (Emulator, Playground, transcripts): the recognizer trace says how the
/// message was read; this one, sent after the replies, says what answered it and why. Customer channels drop traces.
/// </summary>
public sealed class AnswerTrace
{
    public const string Name = "SupportBot";
    public const string Label = "Answer Trace";
    public const string ValueType = "https://supportbot/schemas/answerTrace";

    private static readonly JsonSerializer CamelCase = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = NullValueHandling.Ignore,
    });

    private readonly List<ExplainedAct> _acts = [];

    private AnswerTrace()
    {
    }

    /// <summary>Starts collecting the acts of every message this turn sends.</summary>
    public static AnswerTrace Watch(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var trace = new AnswerTrace();
        turnContext.OnSendActivities((_, activities, next) =>
        {
            lock (trace._acts)
            {
                trace._acts.AddRange(activities.Where(a => a.Type == ActivityTypes.Message).SelectMany(a => a.Entities ?? []).Select(Read).OfType<ExplainedAct>());
            }

            return next();
        });
        return trace;
    }

    /// <summary>
    /// The explanation of the turn so far. When an FAQ entry answered without the turn's ranking being asked (the FAQ's
    /// own matcher found it), the ranking is worked out here, so its score and runner-up show too.
    /// </summary>
    public AnswerExplanation Explain(ITurnContext turnContext, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var recognized = RecognizedTurn.Current(turnContext);
        lock (_acts)
        {
            var answeredFromFaq = _acts.Any(a => a.Id?.StartsWith("faq.", StringComparison.Ordinal) == true);
            var choice = QuestionAnswerer.OfTurn(turnContext)
                ?? (answeredFromFaq ? QuestionAnswerer.ForTurn(turnContext, knowledge, ConversationLanguage.Current(turnContext)) : null);
            return new AnswerExplanation(recognized.Intent, Math.Round(recognized.Score, 3), choice is null ? null : Explain(choice), [.. _acts]);
        }
    }

    /// <summary>Sends the explanation when the turn said anything that carries a marker (and always when something answered).</summary>
    public async Task SendAsync(ITurnContext turnContext, KnowledgeSnapshot knowledge, CancellationToken cancellationToken)
    {
        var explanation = Explain(turnContext, knowledge);
        if (explanation.Acts.Count == 0 && explanation.Answer is null)
        {
            return;
        }

        var value = JObject.FromObject(explanation, CamelCase);
        await turnContext.SendActivityAsync(Activity.CreateTraceActivity(Name, ValueType, value, Label), cancellationToken).ConfigureAwait(false);
    }

    private static ExplainedAnswer? Explain(AnswerChoice choice) =>
        choice.Answer is null && choice.Options.Count == 0
            ? null
            : new ExplainedAnswer(
                choice.Answer?.Id,
                [.. choice.Options.Select(o => o.Id)],
                choice.Method,
                Round(choice.Score),
                choice.RunnerUp?.Id,
                Round(choice.RunnerUpScore));

    private static double? Round(double? score) => score is { } value ? Math.Round(value, 3) : null;

    private static ExplainedAct? Read(Entity entity) => entity.Type switch
    {
        OutcomeEntities.OutcomeType => new ExplainedAct("outcome", Text(entity, "outcome"), Text(entity, "ruleId")),
        OutcomeEntities.EscalationType => new ExplainedAct("escalate", "human", Text(entity, "reason")),
        OutcomeEntities.StepType => new ExplainedAct("ask", Text(entity, "dialog"), Text(entity, "step")),
        OutcomeEntities.NotUnderstoodType => new ExplainedAct("not_understood", Text(entity, "dialog"), null),
        OutcomeEntities.OutOfScopeType => new ExplainedAct("out_of_scope", Text(entity, "topic"), null),
        OutcomeEntities.AnswerType => new ExplainedAct("answer", "faq", Text(entity, "passage")),
        OutcomeEntities.ClarifyType => new ExplainedAct("clarify", "faq", string.Join(" | ", entity.Properties["options"]?.Values<string>() ?? [])),
        _ => null,
    };

    private static string? Text(Entity entity, string name) => entity.Properties[name]?.Type == JTokenType.String ? (string?)entity.Properties[name] : null;
}
