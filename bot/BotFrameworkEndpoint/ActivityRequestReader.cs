using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Hosting.Requests;

namespace SupportBot.Bot.BotFrameworkEndpoint;

/// <summary>
/// Reads and checks an incoming Bot Framework activity. The Bot Framework stack answers 500 to several kinds
/// of bad input (no serviceUrl, no conversation, a malformed Authorization header); here each gets a 4xx
/// with a one-line reason before the adapter sees it.
/// </summary>
public sealed class ActivityRequestReader
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MaxDepth = 64,
    });

    private readonly BotHostOptions _options;
    private readonly bool _authenticationEnabled;

    public ActivityRequestReader(IOptions<BotHostOptions> options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        _options = options.Value;
        _authenticationEnabled = !string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
    }

    public async Task<(ActivityRequest? Request, Refusal? Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            authorization = null!;
        }
        else if (BearerHeader.Read(authorization) is null)
        {
            return Fail(StatusCodes.Status401Unauthorized, "The Authorization header is malformed; expected 'Bearer <token>'.");
        }

        if (request.ContentType is { Length: > 0 } contentType && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(StatusCodes.Status415UnsupportedMediaType, $"Content-Type must be application/json, not '{contentType}'.");
        }

        if (request.ContentLength > _options.MaxRequestBytes)
        {
            return Fail(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {_options.MaxRequestBytes} bytes.");
        }

        var body = await BoundedBody.ReadAsync(request.Body, _options.MaxRequestBytes, cancellationToken);
        if (body is null)
        {
            return Fail(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {_options.MaxRequestBytes} bytes.");
        }

        if (body.Length == 0)
        {
            return Fail(StatusCodes.Status400BadRequest, "The request body is empty; expected a Bot Framework activity as JSON.");
        }

        Activity? activity;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body)));
            var token = JToken.ReadFrom(reader);
            if (token is not JObject json)
            {
                return Fail(StatusCodes.Status400BadRequest, "The request body must be a JSON object (an activity).");
            }

            activity = json.ToObject<Activity>(Serializer);
        }
        catch (JsonException ex)
        {
            return Fail(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {OneLine(ex.Message)}");
        }

        var problem = activity is null ? "The request body is not an activity." : Check(activity);
        if (problem is not null)
        {
            return Fail(StatusCodes.Status400BadRequest, problem);
        }

        if (!_authenticationEnabled && AnonymousProblem(request, activity!) is { } refusal)
        {
            // Only a channel refusal is told in the chat, and only to a client on this machine at a loopback address.
            var tell = !IsAdmittedChannel(activity!) && LocalCaller.Is(request.HttpContext) && IsLoopbackUrl(activity!.ServiceUrl);
            return (null, new Refusal(StatusCodes.Status403Forbidden, refusal) { TellInChat = tell ? activity : null });
        }

        // With authentication off the adapter would still try to validate a token it cannot check.
        return (new ActivityRequest(activity!, _authenticationEnabled ? authorization : null), null);
    }

    private static string? Check(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "The activity has no 'serviceUrl'.";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps))
        {
            return "The activity's 'serviceUrl' is not an absolute http(s) URL.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no 'channelId'.";
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "The activity has no 'from.id'.";
        }

        return null;
    }

    // Without authentication nothing proves who sent the activity: only test channels, from this machine, replying to it.
    private string? AnonymousProblem(HttpRequest request, Activity activity)
    {
        if (!IsAdmittedChannel(activity))
        {
            return $"Authentication is off: /api/messages accepts only the channels {string.Join(", ", _options.AnonymousChannels)}, not '{activity.ChannelId}'.";
        }

        if (string.Equals(activity.From?.Role, RoleTypes.Bot, StringComparison.OrdinalIgnoreCase))
        {
            return "Authentication is off: an activity may not claim to come from a bot ('from.role').";
        }

        if (!_options.AnonymousFromLoopbackOnly)
        {
            return null;
        }

        if (!LocalCaller.Is(request.HttpContext))
        {
            return "Authentication is off: /api/messages accepts only callers on this machine.";
        }

        return IsLoopbackUrl(activity.ServiceUrl)
            ? null
            : "Authentication is off: the activity's 'serviceUrl' must be on this machine (localhost, 127.0.0.1 or ::1).";
    }

    // Spelled as written, not as parsed: Uri turns 127.1, 0x7f000001 and 2130706433 into 127.0.0.1, and a
    // URL written to look like loopback must not reach some other service on this machine.
    private static bool IsLoopbackUrl(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) || !url.IsLoopback || !string.IsNullOrEmpty(url.UserInfo))
        {
            return false;
        }

        var authority = serviceUrl[(serviceUrl.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var end = authority.IndexOfAny(['/', '?', '#']);
        authority = end < 0 ? authority : authority[..end];
        var host = authority.StartsWith('[') ? authority[..(authority.IndexOf(']', StringComparison.Ordinal) + 1)]
            : authority.Contains(':', StringComparison.Ordinal) ? authority[..authority.LastIndexOf(':')]
            : authority;
        return LoopbackSpellings.Contains(host, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The channels the anonymous door admits, for the chat notice.</summary>
    public IReadOnlyList<string> AnonymousChannels => _options.AnonymousChannels;

    private bool IsAdmittedChannel(Activity activity) =>
        _options.AnonymousChannels.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase);

    private static readonly string[] LoopbackSpellings = ["localhost", "127.0.0.1", "[::1]"];

    private static (ActivityRequest?, Refusal?) Fail(int status, string reason) => (null, new Refusal(status, reason));

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
