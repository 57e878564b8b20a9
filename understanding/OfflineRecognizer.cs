using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Understanding.Language;
using SupportBot.Understanding.Trained;
using SupportBot.Knowledge;

namespace SupportBot.Understanding;

/// <summary>
/// The default recognizer: deterministic, offline, Japanese and English, driven by the knowledge base's vocabulary
/// (read from the current snapshot on every call so a hot reload applies; the matchers are rebuilt once per vocabulary).
/// </summary>
public sealed partial class OfflineRecognizer : IIntentRecognizer
{
    public const string TraceName = nameof(OfflineRecognizer);
    public const string TraceLabel = "Recognizer Trace";
    public const string TraceValueType = "https://www.botframework.com/schemas/recognizerResult";

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();

    private readonly IKnowledgeBase _knowledge;
    private readonly TimeProvider _time;
    private readonly Lock _training = new();
    private RecognizerModel? _model;

    public OfflineRecognizer(IKnowledgeBase knowledge, TimeProvider? timeProvider = null)
    {
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        _time = timeProvider ?? TimeProvider.System;
    }

    public async Task<RecognizerResult> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var now = activity.LocalTimestamp
            ?? (activity.Timestamp is { } utc ? TimeZoneInfo.ConvertTime(utc, _time.LocalTimeZone) : _time.GetLocalNow());
        var result = Recognize(activity.Text ?? string.Empty, activity.Locale, now);
        var trace = Activity.CreateTraceActivity(TraceName, TraceValueType, result, TraceLabel);
        await turnContext.SendActivityAsync(trace, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Recognizes without a turn: <paramref name="now"/> is the customer's local time ("3日前" counts from its date).</summary>
    public RecognizerResult Recognize(string text, string? locale, DateTimeOffset now) => Recognize(text, locale, now, IntentMethod.Blend);

    /// <summary>As <see cref="Recognize(string, string?, DateTimeOffset)"/>, deciding the intent by <paramref name="method"/> (to compare them).</summary>
    public RecognizerResult Recognize(string text, string? locale, DateTimeOffset now, IntentMethod method)
    {
        text ??= string.Empty;
        var model = Model();
        var folded = FoldedText.From(text);
        var corrected = SpokenJapanese.Simplify(model.Spelling.Correct(folded));

        var entities = new List<EntityMatch>();
        var orderNumber = OrderNumberExtractor.Find(folded);
        if (orderNumber is not null)
        {
            entities.Add(orderNumber);
        }

        var spans = new List<(EntityMatch Match, FoldedText Source)>();
        spans.AddRange(entities.Select(e => (e, folded)));
        var time = DaysAgoExtractor.Find(folded, DateOnly.FromDateTime(now.DateTime), entities);
        spans.AddRange(time.Select(e => (e, folded)));
        var vocabularyEntities = model.Entities.Find(corrected.Value);
        spans.AddRange(vocabularyEntities.Select(e => (e, corrected)));

        var rules = model.Intents.Score(corrected.Value, vocabularyEntities.FirstOrDefault(e => e.Key == SupportEntities.Stage));
        var predicted = method == IntentMethod.Rules ? [] : model.Classifier.Predict(text);
        // Only a negatable request at the top needs the negation check (a second pass of the phrase matcher).
        var negated = predicted.Count > 0 && IntentScorer.IsNegatable(predicted[0].Intent) ? model.Intents.Negated(corrected.Value) : EmptySet;
        var scores = IntentBlend.Choose(rules, predicted, model.Classifier.MinConfidence, negated, method);
        var result = new RecognizerResult
        {
            Text = text,
            AlteredText = TextNormalizer.Normalize(text),
            Entities = EntitiesJson(spans),
        };
        if (scores.Count == 0)
        {
            result.Intents[SupportIntents.None] = new IntentScore { Score = 1.0 };
        }

        foreach (var (intent, score) in scores)
        {
            result.Intents[intent] = new IntentScore { Score = score };
        }

        result.Properties["language"] = ConversationLanguage.Guess(text, locale);
        if (model.Frustration.Any(p => corrected.Value.Contains(p, StringComparison.Ordinal)) || Shouted().IsMatch(text))
        {
            result.Properties["frustrated"] = true;
        }
        result.Properties["recognizer"] = "offline";
        return result;
    }

    // One model per vocabulary: the first turn after a reload trains it, and turns arriving meanwhile wait for it
    // instead of each training their own copy.
    private RecognizerModel Model()
    {
        var vocabulary = _knowledge.Current.Vocabulary;
        var model = Volatile.Read(ref _model);
        if (model is not null && ReferenceEquals(model.Vocabulary, vocabulary))
        {
            return model;
        }

        lock (_training)
        {
            model = Volatile.Read(ref _model);
            if (model is null || !ReferenceEquals(model.Vocabulary, vocabulary))
            {
                model = new RecognizerModel(vocabulary);
                Volatile.Write(ref _model, model);
            }

            return model;
        }
    }

    private static JObject EntitiesJson(IEnumerable<(EntityMatch Match, FoldedText Source)> found)
    {
        var entities = new JObject();
        var instance = new JObject();
        foreach (var (match, source) in found)
        {
            if (entities.ContainsKey(match.Key))
            {
                continue;
            }

            entities[match.Key] = JToken.FromObject(match.Value);
            var start = source.OriginalStart(match.Start);
            var end = source.OriginalEnd(match.End);
            instance[match.Key] = new JObject
            {
                ["startIndex"] = start,
                ["endIndex"] = end,
                ["text"] = source.Original[start..end],
            };
        }

        entities["$instance"] = instance;
        return entities;
    }

    // "I HAVE waited", "I did NOT order this": an everyday word in capitals is shouted (names and codes such as
    // "FOOTLAND JP" or "ATM" are not everyday words).
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:HAVE|HAD|DID|NOT|NEVER|STILL|ALREADY|TOLD|SAID|AGAIN|WAITED)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Shouted();
}
