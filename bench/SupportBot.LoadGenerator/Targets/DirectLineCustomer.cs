using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using SupportBot.LoadGenerator.Scenarios;

namespace SupportBot.LoadGenerator.Targets;

/// <summary>A Direct Line customer: the stream's activities are queued as they arrive; a turn ends when the expected reply is among them.</summary>
public sealed class DirectLineCustomer : ICustomer
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket;
    private readonly string _token;
    private readonly string _userId;
    private readonly string _locale;
    private readonly Channel<JsonObject> _arrived = Channel.CreateUnbounded<JsonObject>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;

    public DirectLineCustomer(HttpClient http, ClientWebSocket socket, string conversationId, string token, string userId, string locale)
    {
        _http = http;
        _socket = socket;
        ConversationId = conversationId;
        _token = token;
        _userId = userId;
        _locale = locale;
        _reader = ReadAsync(_stop.Token);
    }

    public string ConversationId { get; }

    public async Task<string?> SendAsync(ScenarioStep turn, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{ConversationId}/activities")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["type"] = "message",
                ["text"] = turn.Text,
                ["textFormat"] = "plain",
                ["locale"] = _locale,
                ["channelId"] = "webchat",
                ["from"] = new JsonObject { ["id"] = _userId, ["role"] = "user" },
                ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using (var response = await _http.SendAsync(request, cancellationToken))
        {
            if (!response.IsSuccessStatusCode)
            {
                return $"HTTP {(int)response.StatusCode}";
            }
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReplyTimeout);
        try
        {
            while (true)
            {
                var activity = await _arrived.Reader.ReadAsync(timeout.Token);
                if (ActivityJson.IsBotTextContaining(activity, turn.Expect, _userId))
                {
                    return null;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no reply containing '{turn.Expect}' within {ReplyTimeout.TotalSeconds} s";
        }
        catch (ChannelClosedException)
        {
            return "the stream closed";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reader;
        }
        catch (OperationCanceledException)
        {
        }

        _socket.Abort();
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                frame.SetLength(0);
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, cancellationToken);
                    frame.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                if (frame.Length == 0)
                {
                    continue;
                }

                var json = JsonNode.Parse(Encoding.UTF8.GetString(frame.GetBuffer(), 0, (int)frame.Length)) as JsonObject;
                foreach (var activity in (json?["activities"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    _arrived.Writer.TryWrite(activity);
                }
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _arrived.Writer.TryComplete();
        }
    }
}
