using System.Net;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.DirectLine.TestSupport;

/// <summary>A conversation started the way the page starts one: POST /api/token, then POST conversations with that token.</summary>
public sealed record PageConversation(DirectLineClient Client, string ConversationId, string UserId, string Token, JObject Started)
{
    public static async Task<PageConversation> StartAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host)
    {
        var client = new DirectLineClient(host, bearer: null);
        var (conversationId, userId, token) = await client.PageTokenAsync();
        client.Bearer = token;
        var (status, started) = await client.StartAsync(new { locale = "ja-JP" });
        Assert.Equal(HttpStatusCode.Created, status);
        client.Bearer = (string)started!["token"]!;
        return new PageConversation(client, conversationId, userId, client.Bearer, started);
    }
}
