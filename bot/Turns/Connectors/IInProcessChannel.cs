using Microsoft.Bot.Connector.Authentication;

namespace SupportBot.Bot.Turns.Connectors;

/// <summary>
/// A channel that lives in this process (the built-in Direct Line). Turns it starts and proactive sends get
/// connectors from its factory, which takes its own serviceUrls and passes every other one to the real factory;
/// requests authenticated from /api/messages never see it, so an outside caller cannot write into such a channel.
/// </summary>
public interface IInProcessChannel
{
    ConnectorFactory WrapConnectorFactory(ConnectorFactory inner);
}
