using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SupportBot.Bot.Tests.BotFrameworkEndpoint;

/// <summary>Posts activities to /api/messages the way the Emulator and Azure Bot Service do.</summary>
public static class BotHttp
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, Activity activity, string? authorization = null) =>
        client.PostRawAsync(JsonConvert.SerializeObject(activity, Settings), authorization: authorization);

    public static async Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string body, string contentType = "application/json", string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request).ConfigureAwait(false);
    }

    /// <summary>The replies of an expectReplies turn, from the 200 body.</summary>
    public static async Task<IReadOnlyList<Activity>> ReadRepliesAsync(this HttpResponseMessage response)
    {
        var json = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(json);
        return replies?.Activities?.ToList() ?? [];
    }
}
