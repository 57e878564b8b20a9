using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using SupportBot.Knowledge;

namespace SupportBot.Understanding.Clu;

/// <summary>
/// Builds the turn's <see cref="RecognizerResult"/> from CLU's prediction and the offline result: intents from CLU,
/// stage/seller/payment from CLU's list keys when they are knowledge ids, and the strictly formatted entities
/// (order number, days ago, date) always from the deterministic extractors.
/// </summary>
internal static class CluResultMerger
{
    private static readonly string[] s_listEntities = [SupportEntities.Stage, SupportEntities.Seller, SupportEntities.PaymentMethod];

    public static RecognizerResult Merge(CluPrediction prediction, RecognizerResult offline)
    {
        var entities = offline.Entities is { } offlineEntities ? (JObject)offlineEntities.DeepClone() : new JObject();
        if (entities["$instance"] is not JObject instance)
        {
            instance = new JObject();
            entities["$instance"] = instance;
        }

        // The first CLU match of a key wins, as in the offline recognizer.
        var fromClu = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in prediction.Entities)
        {
            var key = s_listEntities.FirstOrDefault(k => string.Equals(k, entity.Category, StringComparison.OrdinalIgnoreCase));
            if (key is null || !IsKnowledgeId(key, entity.ListKey) || !fromClu.Add(key))
            {
                continue;
            }

            entities[key] = entity.ListKey;
            instance[key] = new JObject
            {
                ["startIndex"] = entity.Offset,
                ["endIndex"] = entity.Offset + entity.Length,
                ["text"] = entity.Text,
                ["score"] = entity.ConfidenceScore,
            };
        }

        var result = new RecognizerResult
        {
            Text = offline.Text,
            AlteredText = offline.AlteredText,
            Entities = entities,
        };
        foreach (var intent in prediction.Intents.Where(i => SupportIntents.All.Contains(i.Category)))
        {
            result.Intents[intent.Category] = new IntentScore { Score = intent.ConfidenceScore };
        }

        // An intent the bot does not know (a project with extra intents, an unlinked orchestration target) means None.
        if (!SupportIntents.All.Contains(prediction.TopIntent))
        {
            var none = result.Intents.TryGetValue(SupportIntents.None, out var score) ? score.Score ?? 0 : 0;
            result.Intents[SupportIntents.None] = new IntentScore { Score = Math.Max(prediction.TopScore, none) };
        }

        foreach (var (name, value) in offline.Properties)
        {
            result.Properties[name] = value;
        }

        result.Properties["recognizer"] = "clu";
        result.Properties["clu"] = JObject.Parse(prediction.Raw.GetRawText());
        return result;
    }

    private static bool IsKnowledgeId(string key, string? id) => key switch
    {
        SupportEntities.Stage => KnowledgeIds.TryParseStage(id, out _),
        SupportEntities.Seller => KnowledgeIds.TryParseSeller(id, out _),
        _ => KnowledgeIds.TryParsePayment(id, out _),
    };
}
