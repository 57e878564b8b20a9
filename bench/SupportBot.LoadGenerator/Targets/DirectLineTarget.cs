using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using SupportBot.LoadGenerator.Scenarios;

namespace SupportBot.LoadGenerator.Targets;

/// <summary>Direct Line 3.0 the way Web Chat uses it: start with a bearer, post by HTTP, read the WebSocket stream.</summary>
public sealed class DirectLineTarget(HttpClient http, string secret) : IBotTarget
{
    public string Name => "SupportBot Direct Line (WebSocket)";

    public async Task<ICustomer> OpenAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        var userId = "dl_" + Guid.NewGuid().ToString("N")[..12];
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations")
        {
            Content = JsonContent.Create(new JsonObject { ["user"] = new JsonObject { ["id"] = userId }, ["locale"] = scenario.Locale }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var started = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken)
            ?? throw new InvalidOperationException("Direct Line start answered no body.");
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)started["streamUrl"]!), cancellationToken);
        return new DirectLineCustomer(http, socket, (string)started["conversationId"]!, (string)started["token"]!, userId, scenario.Locale);
    }
}
