using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Bot.Activities;
using SupportBot.Understanding.Language;
using SupportBot.Knowledge;

namespace SupportBot.Bot.BotFrameworkEndpoint;

/// <summary>
/// Tells a tester in their own chat why the anonymous door refused their client's channel (Agents Playground shows a
/// 403 only in its log panel): one message posted to the client's loopback connector, bounded in time, best effort.
/// </summary>
public sealed partial class DoorNotice
{
    public const string HttpClientName = "door-notice";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly IHttpClientFactory _clients;
    private readonly IKnowledgeBase _knowledge;
    private readonly ILogger<DoorNotice> _logger;

    public DoorNotice(IHttpClientFactory clients, IKnowledgeBase knowledge, ILogger<DoorNotice> logger)
    {
        _clients = clients;
        _knowledge = knowledge;
        _logger = logger;
    }

    public async Task TellAsync(Activity refused, IReadOnlyList<string> admitted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refused);
        ArgumentNullException.ThrowIfNull(admitted);
        // Typing and the like get no notice: one per message or conversation start is enough.
        if (refused.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate))
        {
            return;
        }

        var language = ConversationLanguage.FromLocale(refused.Locale);
        var reply = refused.CreateReply(_knowledge.Current.Text(
            MessageKeys.DoorChannelRefused,
            language,
            ("channel", refused.ChannelId ?? string.Empty),
            ("admitted", string.Join(", ", admitted))));
        reply.Type = ActivityTypes.Message;
        var url = new Uri(new Uri(refused.ServiceUrl.TrimEnd('/') + "/"), $"v3/conversations/{Uri.EscapeDataString(refused.Conversation.Id)}/activities");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Patience);
            using var content = new StringContent(ActivityJson.Serialize(reply), Encoding.UTF8, "application/json");
            using var response = await _clients.CreateClient(HttpClientName).PostAsync(url, content, timeout.Token);
            LogTold(_logger, refused.ChannelId, (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or JsonException)
        {
            LogNotTold(_logger, refused.ChannelId, ex.Message);
        }
    }

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Told the {ChannelId} client in its chat why it was refused ({Status})")]
    private static partial void LogTold(ILogger logger, string? channelId, int status);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Debug, Message = "Could not tell the {ChannelId} client why it was refused: {Reason}")]
    private static partial void LogNotTold(ILogger logger, string? channelId, string reason);
}
