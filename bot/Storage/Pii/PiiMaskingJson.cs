using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Storage.Pii;

/// <summary>Masks every customer-visible string in an activity's JSON, leaving ids, types and addresses intact.</summary>
public static class PiiMaskingJson
{
    // Structural fields: machine-made, needed to thread a transcript, never typed by a customer.
    private static readonly HashSet<string> StructuralProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "type", "channelId", "serviceUrl", "timestamp", "localTimestamp", "localTimezone", "replyToId", "locale",
        "role", "aadObjectId", "conversationType", "tenantId", "deliveryMode", "contentType", "contentUrl", "inputHint",
        "textFormat", "attachmentLayout", "valueType", "callerId", "ruleId", "knowledgeVersion", "outcome", "ticketId",
    };

    public static JToken Mask(JToken token, PiiMasker masker)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(masker);
        var copy = token.DeepClone();
        MaskTree(copy, masker);
        return copy;
    }

    /// <summary>Masks <paramref name="token"/> itself, for a caller that owns the token (freshly parsed).</summary>
    public static void MaskInPlace(JToken token, PiiMasker masker)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(masker);
        MaskTree(token, masker);
    }

    private static void MaskTree(JToken token, PiiMasker masker)
    {
        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties())
                {
                    if (property.Value.Type == JTokenType.String)
                    {
                        if (!StructuralProperties.Contains(property.Name))
                        {
                            property.Value = masker.Mask(property.Value.Value<string>());
                        }
                    }
                    else
                    {
                        MaskTree(property.Value, masker);
                    }
                }

                break;
            case JArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i].Type == JTokenType.String)
                    {
                        array[i] = masker.Mask(array[i].Value<string>());
                    }
                    else
                    {
                        MaskTree(array[i], masker);
                    }
                }

                break;
        }
    }
}
