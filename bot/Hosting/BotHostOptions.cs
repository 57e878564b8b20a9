using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Hosting;

/// <summary>Limits applied at the door, before an activity reaches the adapter.</summary>
public sealed class BotHostOptions
{
    public const string SectionName = "BotHost";

    /// <summary>Largest request body accepted on /api/messages, in bytes.</summary>
    [Range(1_024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Longest message text the bot reads, in characters: a long complaint with the order number at its end fits. A
    /// longer one is still accepted (the body limit applies) and answered with a request to shorten it.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxMessageTextLength { get; set; } = 5_000;

    /// <summary>
    /// Largest activity a Direct Line client may post, in bytes, everything included (channelData, attachments,
    /// entities, value): Web Chat's longest message is well under it, a 200 KB channelData is not.
    /// </summary>
    [Range(1_024, 16 * 1024 * 1024)]
    public int MaxPostedActivityBytes { get; set; } = 32 * 1024;

    /// <summary>
    /// Channels /api/messages accepts while authentication is off (MicrosoftAppId blank): the Emulator and test tools.
    /// A customer channel (directline, webchat) never: its conversations would be open to anyone who knows an id.
    /// </summary>
    /// <remarks>
    /// The list is in appsettings.json (emulator, test), not here: the binder appends configured items to an initial
    /// array, so a default here would be doubled by every file that names the list. None configured: none admitted.
    /// </remarks>
    public string[] AnonymousChannels { get; set; } = [];

    /// <summary>With authentication off, accept /api/messages only from this machine, and reply only to a loopback serviceUrl.</summary>
    public bool AnonymousFromLoopbackOnly { get; set; } = true;

    /// <summary>Outside Development the host refuses to start with authentication off unless this is set (a closed test network).</summary>
    public bool AllowAnonymousOutsideDevelopment { get; set; }

    /// <summary>Channels an agent hub reports handoff.status through; from any other channel the event is ignored.</summary>
    public string[] HubChannels { get; set; } = ["emulator", "test"];

    public bool IsHubChannel(string? channelId) => HubChannels.Contains(channelId, StringComparer.OrdinalIgnoreCase);
}
