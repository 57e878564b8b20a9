using System.Net;
using System.Text.RegularExpressions;
using SupportBot.Bot.AgentConsole.Accounts;

namespace SupportBot.Bot.Tests.Operations.TestSupport;

/// <summary>Signs in through the agent console's own form (antiforgery token included), keeping the cookie in the client.</summary>
public static partial class AgentSignIn
{
    public const string UserName = "lead";
    public const string Password = "correct horse battery staple";

    /// <summary>Host settings with one agent account whose password is <see cref="Password"/>.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["Agents:Accounts:0:UserName"] = UserName,
        ["Agents:Accounts:0:PasswordHash"] = AgentPasswordHasher.Hash(Password, iterations: 10_000),
        ["Agents:Accounts:0:DisplayName"] = "Support lead",
    };

    public static async Task SignInAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetStringAsync(new Uri("/agent/signin", UriKind.Relative));
        var token = Token().Match(form).Groups[1].Value;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["returnUrl"] = "/agent/analytics",
            ["userName"] = UserName,
            ["password"] = Password,
        });
        using var response = await client.PostAsync(new Uri("/agent/signin", UriKind.Relative), body);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.OK))
        {
            throw new InvalidOperationException($"Sign-in failed with {(int)response.StatusCode}.");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
