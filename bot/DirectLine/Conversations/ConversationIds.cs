using System.Buffers.Text;
using System.Security.Cryptography;

namespace SupportBot.Bot.DirectLine.Conversations;

/// <summary>Unguessable ids for new conversations and anonymous users ("dl_" as Azure recommends for Direct Line users).</summary>
public static class ConversationIds
{
    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));

    public static string NewUserId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));
}
