using Microsoft.AspNetCore.Antiforgery;

namespace SupportBot.Bot.Agent.Console;

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
            return await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AntiforgeryValidationException or InvalidOperationException or InvalidDataException or IOException)
        {
            return false;
        }
    }
}
