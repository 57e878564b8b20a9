using SupportBot.Bot.Escalation.Tickets;
using Microsoft.AspNetCore.Antiforgery;

namespace SupportBot.Bot.AgentConsole.Pages;

/// <summary>The console's form check, shared by every page that posts a form (sign-in, sign-out, the leads' pages).</summary>
public static class ConsoleForms
{
    /// <summary>
    /// True when the form carries a valid antiforgery token. A form the server cannot read (a NUL in a value, a broken
    /// multipart body) or a token it cannot check (Secure cookies over plain HTTP) is false, so the caller answers 400,
    /// never 500.
    /// </summary>
    public static async Task<bool> IsValidAsync(HttpContext http, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        try
        {
            return await antiforgery.IsRequestValidAsync(http);
        }
        catch (Exception ex) when (ex is AntiforgeryValidationException or InvalidOperationException or InvalidDataException or IOException)
        {
            return false;
        }
    }

    /// <summary>A ticket state named in a query string ("queued", "Assigned"), or null for none or an unknown one.</summary>
    public static TicketState? ParseState(string? state) =>
        Enum.TryParse<TicketState>(state, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
