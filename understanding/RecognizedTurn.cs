using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace SupportBot.Understanding;

/// <summary>What the recognizer understood of this turn's message, read once into plain values.</summary>
public sealed record RecognizedTurn(
    string Intent,
    double Score,
    string? OrderNumber,
    string? Stage,
    string? Seller,
    string? PaymentMethod,
    int? DaysAgo,
    string? Date,
    string? Language)
{
    public static RecognizedTurn None { get; } = new(SupportIntents.None, 0, null, null, null, null, null, null, null);

    /// <summary>The message reads angry or frustrated (recognizer.yaml's frustration words): apologise before handing over.</summary>
    public bool Frustrated { get; init; }

    public bool Is(string intent, double minimumScore = 0.5) =>
        string.Equals(Intent, intent, StringComparison.Ordinal) && Score >= minimumScore;

    public static RecognizedTurn From(RecognizerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (intent, score) = result.Intents is { Count: > 0 }
            ? result.Intents.OrderByDescending(i => i.Value.Score ?? 0).Select(i => (i.Key, i.Value.Score ?? 0)).First()
            : (SupportIntents.None, 0d);
        var entities = result.Entities;
        var language = result.Properties.TryGetValue("language", out var lang) ? lang?.ToString() : null;
        return new RecognizedTurn(
            intent,
            score,
            Text(entities, SupportEntities.OrderNumber),
            Text(entities, SupportEntities.Stage),
            Text(entities, SupportEntities.Seller),
            Text(entities, SupportEntities.PaymentMethod),
            int.TryParse(Text(entities, SupportEntities.DaysAgo), out var days) ? days : null,
            Text(entities, SupportEntities.Date),
            language)
        {
            Frustrated = result.Properties.TryGetValue("frustrated", out var frustrated) && frustrated is true,
        };
    }

    /// <summary>This turn's recognition: the one kept in its <see cref="TurnReading"/>.</summary>
    public static RecognizedTurn Current(ITurnContext turnContext) => TurnReading.Current(turnContext).Turn;

    /// <summary>The first value under key, whether the recognizer wrote a value, a list, or a list of lists (list entities).</summary>
    private static string? Text(JObject? entities, string key)
    {
        var token = entities?[key];
        while (token is JArray array)
        {
            token = array.Count > 0 ? array[0] : null;
        }

        return token switch
        {
            null => null,
            JValue { Value: null } => null,
            JObject obj => (obj["value"] ?? obj["text"])?.ToString(),
            _ => token.ToString(),
        };
    }
}
