using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Bot.Activities;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// The other end of the Bot Connector client for Direct Line conversations: instead of going over HTTP, the
/// bot's sends (replies in a turn, proactive messages later) are appended to the conversation's activity log.
/// Handles POST .../v3/conversations/{id}/activities[/{replyToId}] and PUT (an update is appended again);
/// DELETE is accepted and ignored, everything else is 404.
/// </summary>
public sealed class DirectLineReplyHandler : HttpMessageHandler
{
    private const string Marker = "v3/conversations/";

    private readonly DirectLineActivityFeed _feed;
    private readonly ILogger _logger;

    public DirectLineReplyHandler(DirectLineActivityFeed feed, ILogger logger)
    {
        _feed = feed;
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        var at = path.LastIndexOf(Marker, StringComparison.Ordinal);
        var segments = at < 0 ? [] : path[(at + Marker.Length)..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length is < 2 or > 3 || segments[1] != "activities")
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
        }

        var conversationId = Uri.UnescapeDataString(segments[0]);
        if (request.Method == HttpMethod.Delete)
        {
            return Json(request, HttpStatusCode.OK, "{}");
        }

        if (request.Method != HttpMethod.Post && request.Method != HttpMethod.Put)
        {
            return new HttpResponseMessage(HttpStatusCode.MethodNotAllowed) { RequestMessage = request };
        }

        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var activity = ActivityJson.Deserialize(body);
        if (activity is null)
        {
            return new HttpResponseMessage(HttpStatusCode.BadRequest) { RequestMessage = request };
        }

        if (request.Method == HttpMethod.Post)
        {
            activity.Id = null;
        }

        activity.Conversation ??= new ConversationAccount(id: conversationId);
        activity.From ??= new ChannelAccount();
        activity.From.Role ??= RoleTypes.Bot;
        var sequence = await _feed.AppendAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
        DirectLineLog.BotActivityLogged(_logger, activity.Type, conversationId, sequence ?? 0);
        return Json(request, HttpStatusCode.OK, JsonConvert.SerializeObject(new ResourceResponse(activity.Id ?? string.Empty)));
    }

    private static HttpResponseMessage Json(HttpRequestMessage request, HttpStatusCode status, string json) => new(status)
    {
        RequestMessage = request,
        Content = new StringContent(json, Encoding.UTF8, "application/json"),
    };
}
