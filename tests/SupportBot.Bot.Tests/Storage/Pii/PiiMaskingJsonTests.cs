using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Storage.Pii;

namespace SupportBot.Bot.Tests.Storage.Pii;

public sealed class PiiMaskingJsonTests
{
    [Fact]
    public void Masks_customer_text_at_any_depth_and_keeps_structure_ids_and_values()
    {
        const string json = """
            {
              "type": "message", "id": "249-1234567-1234567", "timestamp": "2026-11-26T12:00:00.123+09:00",
              "text": "注文 ２４９－１２３４５６７－１２３４５６７ です", "from": { "id": "u1", "name": "taro@example.com" },
              "channelData": { "note": "tel 090-1234-5678", "count": 3, "ratio": 1.50, "ok": true, "none": null },
              "suggestedActions": { "actions": [ { "type": "imBack", "title": "090-1234-5678", "value": "はい" } ] },
              "entities": [ "249-1234567-1234567", 7 ]
            }
            """;

        var masked = JObject.Parse(PiiMaskingJson.MaskJson(json, PiiMasker.Instance), new JsonLoadSettings());

        Assert.Equal("249-1234567-1234567", masked["id"]!.Value<string>());
        Assert.Equal("注文 [ORDER] です", masked["text"]!.Value<string>());
        Assert.Equal(PiiMaskingJson.NameMask, masked["from"]!["name"]!.Value<string>()); // no name the client sends is kept
        Assert.Equal("u1", masked["from"]!["id"]!.Value<string>());
        Assert.Equal("tel [PHONE]", masked["channelData"]!["note"]!.Value<string>());
        Assert.Equal(3, masked["channelData"]!["count"]!.Value<int>());
        Assert.Equal(1.5m, masked["channelData"]!["ratio"]!.Value<decimal>());
        Assert.True(masked["channelData"]!["ok"]!.Value<bool>());
        Assert.Equal(JTokenType.Null, masked["channelData"]!["none"]!.Type);
        Assert.Equal("[PHONE]", masked["suggestedActions"]!["actions"]![0]!["title"]!.Value<string>());
        Assert.Equal("imBack", masked["suggestedActions"]!["actions"]![0]!["type"]!.Value<string>());
        Assert.Equal(JArray.Parse("""["[ORDER]", 7]"""), masked["entities"]);
    }

    [Fact]
    public void Keeps_date_strings_exactly_as_written_and_the_output_compact()
    {
        var output = PiiMaskingJson.MaskJson("""{ "timestamp" : "2026-11-26T12:00:00.1234567+09:00", "text": "hello" }""", PiiMasker.Instance);

        Assert.Equal("""{"timestamp":"2026-11-26T12:00:00.1234567+09:00","text":"hello"}""", output);
    }

    [Theory]
    [InlineData("{\"text\": ")]
    [InlineData("{\"text\": \"unterminated}")]
    [InlineData("not json")]
    public void Malformed_json_is_refused_not_stored_half_masked(string json) =>
        Assert.ThrowsAny<JsonException>(() => PiiMaskingJson.MaskJson(json, PiiMasker.Instance));
}
