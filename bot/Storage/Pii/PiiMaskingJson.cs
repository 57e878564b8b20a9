using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace SupportBot.Bot.Storage.Pii;

/// <summary>Masks every customer-visible string in an activity's JSON, leaving ids, types and addresses intact.</summary>
public static class PiiMaskingJson
{
    public const string NameMask = "[NAME]";

    // Structural fields: machine-made, needed to thread a transcript, never typed by a customer.
    private static readonly HashSet<string> StructuralProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "type", "channelId", "serviceUrl", "timestamp", "localTimestamp", "localTimezone", "replyToId", "locale",
        "role", "aadObjectId", "conversationType", "tenantId", "deliveryMode", "contentType", "contentUrl", "inputHint",
        "textFormat", "attachmentLayout", "valueType", "callerId", "ruleId", "knowledgeVersion", "outcome", "ticketId",
    };

    /// <summary>
    /// The same JSON, compact, with every string masked except the values of structural properties (strings inside
    /// arrays are always masked). One streaming pass, token by token, without building a tree; strings that look like
    /// dates stay as written. Throws <see cref="JsonReaderException"/> for malformed JSON.
    /// </summary>
    public static string MaskJson(string json, PiiMasker masker)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(masker);
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        var masked = new StringBuilder(json.Length);
        using (var writer = new JsonTextWriter(new StringWriter(masked, CultureInfo.InvariantCulture)) { Formatting = Formatting.None })
        {
            string? property = null;
            var tokens = 0;
            while (reader.Read())
            {
                tokens++;
                switch (reader.TokenType)
                {
                    case JsonToken.PropertyName:
                        property = (string)reader.Value!;
                        writer.WritePropertyName(property);
                        continue;
                    case JsonToken.String:
                        var text = (string)reader.Value!;
                        // A name (from.name, a file's name) is whatever the client sent: the transcript keeps none.
                        writer.WriteValue(
                            property is not null && StructuralProperties.Contains(property) ? text
                            : string.Equals(property, "name", StringComparison.OrdinalIgnoreCase) && text.Length > 0 ? NameMask
                            : masker.Mask(text));
                        break;
                    default:
                        writer.WriteToken(reader.TokenType, reader.Value);
                        break;
                }

                // Only the token right after a property name is that property's value.
                property = null;
            }

            // The reader stops quietly at the end of the text: cut-off JSON is refused here, as a parser would.
            if (tokens == 0 || writer.WriteState is WriteState.Object or WriteState.Array or WriteState.Property)
            {
                throw new JsonReaderException($"The JSON ends early (after {tokens} tokens).");
            }
        }

        return masked.ToString();
    }
}
