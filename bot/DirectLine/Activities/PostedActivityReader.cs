using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Activities;
using SupportBot.Bot.Hosting.Requests;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// Reads what a client POSTs to a conversation, with the host's door limits (body size, text length). Accepts
/// Web Chat's full activities and Botium's minimal ones (<c>{type, text, from:{id}}</c>).
/// </summary>
public sealed class PostedActivityReader
{
    private readonly BotHostOptions _limits;

    public PostedActivityReader(IOptions<BotHostOptions> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _limits = limits.Value;
    }

    public int MaxRequestBytes => _limits.MaxRequestBytes;

    public async Task<(Activity? Activity, Refusal? Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = Math.Min(_limits.MaxRequestBytes, _limits.MaxPostedActivityBytes);
        if (request.ContentLength > limit)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"An activity may be at most {limit} bytes, channelData and attachments included.");
        }

        var json = await JsonBody.ReadAsync(request, limit, cancellationToken);
        if (json.Refusal is not null)
        {
            return (null, json.Refusal);
        }

        if (json.Value is not JObject body)
        {
            return Refuse(StatusCodes.Status400BadRequest, "The body must be an activity (a JSON object).");
        }

        Activity? activity;
        try
        {
            activity = body.ToObject<Activity>(JsonSerializer.Create(ActivityJson.Settings));
        }
        catch (JsonException)
        {
            return Refuse(StatusCodes.Status400BadRequest, "The body is not an activity.");
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Refuse(StatusCodes.Status400BadRequest, "The activity has no 'type'.");
        }

        // What a Direct Line client may send; conversationUpdate and invoke are the channel's own business.
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing))
        {
            return Refuse(StatusCodes.Status400BadRequest, $"Activities of type '{activity.Type}' cannot be sent to this channel.");
        }

        return (activity, null);
    }

    private static (Activity?, Refusal?) Refuse(int statusCode, string reason) => (null, new Refusal(statusCode, reason));
}
