using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SupportBot.Bot.Tests.Escalation.TestSupport;

/// <summary>An agent's browser: cookies kept, redirects not followed, the antiforgery token read from the pages.</summary>
public sealed partial class AgentSession : IDisposable
{
    public const string AddressHeader = "X-Test-Address";

    public AgentSession(EscalationHost host, string? address = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        Http = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (address is not null)
        {
            // Read by RemoteAddress.FromHeader in hosts that install it.
            Http.DefaultRequestHeaders.Add(AddressHeader, address);
        }
    }

    public HttpClient Http { get; }

    public string? Csrf { get; private set; }

    /// <summary>Signs in through the form; returns the response to the form's POST.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName = EscalationHost.AgentUserName, string password = EscalationHost.AgentPassword, string? returnUrl = null)
    {
        var form = await Http.GetStringAsync(new Uri("/agent/signin", UriKind.Relative));
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(FormToken().Match(form).Groups[1].Value),
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = returnUrl ?? string.Empty,
        };
        using var content = new FormUrlEncodedContent(fields);
        var response = await Http.PostAsync(new Uri("/agent/signin", UriKind.Relative), content);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var queue = await Http.GetStringAsync(new Uri("/agent", UriKind.Relative));
            Csrf = WebUtility.HtmlDecode(MetaToken().Match(queue).Groups[1].Value);
        }

        return response;
    }

    public async Task<HttpResponseMessage> PostAsync(string path, object? body = null, bool withCsrf = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        if (withCsrf && Csrf is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", Csrf);
        }

        return await Http.SendAsync(request);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaToken();
}
