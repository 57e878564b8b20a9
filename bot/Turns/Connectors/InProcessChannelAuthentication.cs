using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;

namespace SupportBot.Bot.Turns.Connectors;

/// <summary>The host's Bot Framework authentication, with the connector factories of in-process turns routed through the registered <see cref="IInProcessChannel"/>s.</summary>
public sealed class InProcessChannelAuthentication : DelegatingBotFrameworkAuthentication
{
    private readonly IReadOnlyList<IInProcessChannel> _channels;

    public InProcessChannelAuthentication(BotFrameworkAuthentication inner, IEnumerable<IInProcessChannel> channels)
        : base(inner)
    {
        ArgumentNullException.ThrowIfNull(channels);
        _channels = [.. channels];
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        _channels.Aggregate(Inner.CreateConnectorFactory(claimsIdentity), (factory, channel) => channel.WrapConnectorFactory(factory));
}
