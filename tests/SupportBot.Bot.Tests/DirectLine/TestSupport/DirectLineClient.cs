using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.DirectLine.TestSupport;

/// <summary>A Direct Line 3.0 client over the in-memory host, calling what Web Chat and Botium call.</summary>
public sealed class DirectLineClient : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _http;

    public DirectLineClient(WebApplicationFactory<Program> factory, string? bearer)
    {
        _factory = factory;
        _http = factory.CreateClient();
        Bearer = bearer;
    }

    public string? Bearer { get; set; }

    /// <summary>POST /api/token: the page's token for a new conversation.</summary>
    public async Task<(string ConversationId, string UserId, string Token)> PageTokenAsync()
    {
        using var response = await _http.PostAsync(new Uri("/api/token", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        var json = JObject.Parse(await response.Content.ReadAsStringAsync());
        return ((string)json["conversationId"]!, (string)json["userId"]!, (string)json["token"]!);
    }

    public Task<(HttpStatusCode Status, JObject? Body)> StartAsync(object? body = null) => SendAsync(HttpMethod.Post, "/v3/directline/conversations", body ?? new { });

    public Task<(HttpStatusCode Status, JObject? Body)> ReconnectAsync(string conversationId, string? watermark) =>
        SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark={watermark}");

    public Task<(HttpStatusCode Status, JObject? Body)> GetActivitiesAsync(string conversationId, string? watermark) =>
        SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}");

    public Task<(HttpStatusCode Status, JObject? Body)> PostActivityAsync(string conversationId, object activity) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", activity);

    public Task<(HttpStatusCode Status, JObject? Body)> RefreshAsync() => SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");

    public Task<(HttpStatusCode Status, JObject? Body)> GenerateAsync(object? body = null) => SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", body);

    /// <summary>Web Chat's user message, with the clientActivityID it matches its bubble by.</summary>
    public static object UserMessage(string text, string userId, string clientActivityId) => new
    {
        type = "message",
        text,
        textFormat = "plain",
        from = new { id = userId, name = string.Empty, role = "user" },
        locale = "ja-JP",
        channelId = "webchat",
        attachments = Array.Empty<object>(),
        channelData = new { clientActivityID = clientActivityId },
    };

    /// <summary>Polls until at least <paramref name="count"/> activities arrived after <paramref name="watermark"/>, or the time-out.</summary>
    public async Task<(List<JObject> Activities, string Watermark)> PollUntilAsync(string conversationId, string? watermark, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var activities = new List<JObject>();
        var current = watermark ?? string.Empty;
        while (true)
        {
            var (status, body) = await GetActivitiesAsync(conversationId, current);
            Assert.Equal(HttpStatusCode.OK, status);
            activities.AddRange(body!["activities"]!.Cast<JObject>());
            current = (string)body["watermark"]!;
            if (activities.Count >= count || DateTime.UtcNow > deadline)
            {
                return (activities, current);
            }

            await Task.Delay(50);
        }
    }

    public async Task<WebSocket> ConnectStreamAsync(string streamUrl)
    {
        var client = _factory.Server.CreateWebSocketClient();
        return await client.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
    }

    /// <summary>Reads stream frames until <paramref name="count"/> activities arrived or the time-out; returns them and the frames' watermarks.</summary>
    public static async Task<(List<JObject> Activities, List<string> Watermarks)> ReadStreamAsync(WebSocket socket, int count, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var activities = new List<JObject>();
        var watermarks = new List<string>();
        var buffer = new byte[64 * 1024];
        try
        {
            while (activities.Count < count)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancel.Token);
                    frame.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                var text = Encoding.UTF8.GetString(frame.ToArray());
                if (text.Length == 0)
                {
                    continue;
                }

                var json = JObject.Parse(text);
                activities.AddRange(json["activities"]!.Cast<JObject>());
                watermarks.Add((string)json["watermark"]!);
            }
        }
        catch (OperationCanceledException)
        {
        }

        return (activities, watermarks);
    }

    public async Task<(HttpStatusCode Status, JObject? Body)> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (Bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Bearer);
        }

        if (body is not null)
        {
            request.Content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(body), Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.StartsWith('{') ? JObject.Parse(text) : null);
    }

    public void Dispose() => _http.Dispose();
}
