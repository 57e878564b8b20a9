using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace SupportBot.Bot.Turns.Connectors;

/// <summary>A turn's view of a connector client that outlives the turn: everything passes through except Dispose.</summary>
public sealed class SharedConnectorClient : IConnectorClient
{
    private readonly IConnectorClient _client;

    public SharedConnectorClient(IConnectorClient client)
    {
        _client = client;
    }

    public Uri BaseUri
    {
        get => _client.BaseUri;
        set => throw new NotSupportedException("A shared connector client's BaseUri is fixed; create a client for another serviceUrl instead.");
    }

    public JsonSerializerSettings SerializationSettings => _client.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => _client.DeserializationSettings;

    public ServiceClientCredentials Credentials => _client.Credentials;

    public IAttachments Attachments => _client.Attachments;

    public IConversations Conversations => _client.Conversations;

    public void Dispose()
    {
        // The cache owns the client.
    }
}
