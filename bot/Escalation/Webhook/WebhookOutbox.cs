using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Escalation.Webhook;

/// <summary>An unbounded in-process queue read by <see cref="WebhookSender"/>; nothing is queued when the webhook is off.</summary>
public sealed class WebhookOutbox : IWebhookOutbox
{
    private readonly Channel<long> _channel = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private readonly bool _enabled;

    public WebhookOutbox(IOptions<WebhookOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _enabled = options.Value.Enabled;
    }

    public ChannelReader<long> Reader => _channel.Reader;

    public void Enqueue(long ticketNumber)
    {
        if (_enabled)
        {
            _channel.Writer.TryWrite(ticketNumber);
        }
    }
}
