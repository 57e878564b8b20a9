using System.Net;
using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Testing.Channels;

namespace SupportBot.Bot.Tests.BotFrameworkEndpoint;

/// <summary>Bad input at the door gets a 4xx with a one-line reason, never a 500.</summary>
public sealed class BadInputTests : IClassFixture<SupportBotFactory>
{
    private readonly SupportBotFactory _factory;

    public BadInputTests(SupportBotFactory factory) => _factory = factory;

    public static TheoryData<string, string, string?, HttpStatusCode, string> Cases()
    {
        var valid = JObject.FromObject(TestActivities.Message("c1", "hello"), Newtonsoft.Json.JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }));
        string Without(string path)
        {
            var copy = (JObject)valid.DeepClone();
            copy.SelectToken(path)!.Parent!.Remove();
            return copy.ToString();
        }

        string With(string path, JToken value)
        {
            var copy = (JObject)valid.DeepClone();
            copy.SelectToken(path)!.Replace(value);
            return copy.ToString();
        }

        return new TheoryData<string, string, string?, HttpStatusCode, string>
        {
            { "malformed JSON", "{\"type\": \"message\",", null, HttpStatusCode.BadRequest, "not valid JSON" },
            { "a JSON array", "[]", null, HttpStatusCode.BadRequest, "JSON object" },
            { "an empty body", "", null, HttpStatusCode.BadRequest, "empty" },
            { "no type", Without("type"), null, HttpStatusCode.BadRequest, "'type'" },
            { "no conversation", Without("conversation"), null, HttpStatusCode.BadRequest, "'conversation.id'" },
            { "no conversation id", Without("conversation.id"), null, HttpStatusCode.BadRequest, "'conversation.id'" },
            { "no serviceUrl", Without("serviceUrl"), null, HttpStatusCode.BadRequest, "'serviceUrl'" },
            { "a serviceUrl that is not http", With("serviceUrl", "ftp://example.invalid/"), null, HttpStatusCode.BadRequest, "'serviceUrl'" },
            { "no channelId", Without("channelId"), null, HttpStatusCode.BadRequest, "'channelId'" },
            { "no from", Without("from"), null, HttpStatusCode.BadRequest, "'from.id'" },
            { "a body over the limit", With("text", new string('x', 300_000)), null, HttpStatusCode.RequestEntityTooLarge, "larger than" },
            { "a Basic Authorization header", valid.ToString(), "Basic dXNlcjpwYXNz", HttpStatusCode.Unauthorized, "Authorization" },
            { "a Bearer header without a token", valid.ToString(), "Bearer", HttpStatusCode.Unauthorized, "Authorization" },
            { "a Bearer header with spaces in the token", valid.ToString(), "Bearer a b c", HttpStatusCode.Unauthorized, "Authorization" },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gets_a_4xx_with_a_one_line_reason(string name, string body, string? authorization, HttpStatusCode expected, string reasonPart)
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostRawAsync(body, authorization: authorization);

        Assert.True(expected == response.StatusCode, $"{name}: expected {expected}, got {response.StatusCode}");
        var reason = await ReasonAsync(response);
        Assert.Contains(reasonPart, reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reason);
    }

    [Fact]
    public async Task A_body_that_is_not_json_by_content_type_gets_415()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostRawAsync("type=message", contentType: "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_good_activity_after_bad_ones_is_still_served()
    {
        using var client = _factory.CreateClient();
        using var bad = await client.PostRawAsync("{", authorization: null);

        using var good = await client.PostActivityAsync(TestActivities.Message("conv-after-bad", "こんにちは"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.NotEmpty(await good.ReadRepliesAsync());
    }

    private static async Task<string> ReasonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString()!;
    }
}
