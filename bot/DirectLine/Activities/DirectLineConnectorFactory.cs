using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>Connector clients for Direct Line serviceUrls write to the activity log; all others come from the real factory.</summary>
public sealed class DirectLineConnectorFactory : ConnectorFactory
{
    private readonly ConnectorFactory _inner;
    private readonly DirectLineActivityFeed _feed;
    private readonly ILogger _logger;

    public DirectLineConnectorFactory(ConnectorFactory inner, DirectLineActivityFeed feed, ILogger logger)
    {
        _inner = inner;
        _feed = feed;
        _logger = logger;
    }

    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default)
    {
        if (!DirectLineServiceUrl.IsDirectLine(serviceUrl))
        {
            return _inner.CreateAsync(serviceUrl, audience, cancellationToken);
        }

#pragma warning disable CA2000 // the connector client owns and disposes the HttpClient, which owns the handler
        var http = new HttpClient(new DirectLineReplyHandler(_feed, _logger), disposeHandler: true);
        IConnectorClient client = new ConnectorClient(new Uri(serviceUrl), MicrosoftAppCredentials.Empty, http, disposeHttpClient: true);
#pragma warning restore CA2000
        return Task.FromResult(client);
    }
}
