using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.AgentConsole.Accounts;
using SupportBot.Bot.Tests.Escalation.TestSupport;
using SupportBot.Bot.Tests.Hosting;

namespace SupportBot.Bot.Tests.AgentConsole.Accounts;

/// <summary>Agent accounts: PBKDF2 hashes (the README's Python recipe included), validation at start-up, the development account.</summary>
public sealed class AgentAccountsTests
{
    // Made with the README's recipe: python3 hashlib.pbkdf2_hmac('sha256', password, salt, 210000, 32).
    private const string PythonHash = "pbkdf2-sha256$210000$MDEyMzQ1Njc4OWFiY2RlZg==$EQ+Fo7SSc4rztkQMiFkS0kL+Prbu/T8GTZWnMGzNs/E=";

    [Fact]
    public void A_hash_made_with_the_documented_python_recipe_verifies_only_its_password()
    {
        Assert.True(AgentPasswordHasher.Verify("パスワード for tests", PythonHash));
        Assert.False(AgentPasswordHasher.Verify("パスワード for test", PythonHash));
    }

    [Fact]
    public void Each_hash_has_its_own_salt_and_verifies_its_password()
    {
        var first = AgentPasswordHasher.Hash("s3cret", iterations: 10_000);
        var second = AgentPasswordHasher.Hash("s3cret", iterations: 10_000);

        Assert.NotEqual(first, second);
        Assert.True(AgentPasswordHasher.Verify("s3cret", first));
        Assert.False(AgentPasswordHasher.Verify("S3cret", first));
    }

    public static TheoryData<string, string> InvalidAccounts => new()
    {
        { "", PythonHash },
        { "tanaka", "plain-text-password" },
        { "tanaka", "pbkdf2-sha256$1000$MDEyMzQ1Njc4OWFiY2RlZg==$EQ+Fo7SSc4rztkQMiFkS0kL+Prbu/T8GTZWnMGzNs/E=" },
        { "tanaka", "pbkdf2-sha256$210000$not base64$EQ+Fo7SSc4rztkQMiFkS0kL+Prbu/T8GTZWnMGzNs/E=" },
    };

    [Theory]
    [MemberData(nameof(InvalidAccounts))]
    public void Accounts_without_a_name_or_with_anything_but_a_pbkdf2_hash_are_refused(string userName, string hash)
    {
        var options = new AgentOptions { Accounts = [new AgentAccountOptions { UserName = userName, PasswordHash = hash }] };

        Assert.True(new AgentOptionsValidator().Validate(null, options).Failed);
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_a_plain_text_password()
    {
        await using var factory = new SupportBotFactory
        {
            Settings = new Dictionary<string, string?> { ["Agents:Accounts:0:UserName"] = "tanaka", ["Agents:Accounts:0:PasswordHash"] = "hunter2" },
        };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Agents:Accounts:0:PasswordHash", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_configured_accounts_a_random_development_account_is_the_only_way_in()
    {
        await using var factory = new SupportBotFactory();
        using var http = factory.CreateClient();
        var directory = factory.Services.GetRequiredService<AgentDirectory>();
        await using var other = new SupportBotFactory();
        using var otherHttp = other.CreateClient();

        var password = Assert.IsType<string>(directory.DevelopmentPassword);
        Assert.True(password.Length >= 20);
        Assert.NotEqual(password, other.Services.GetRequiredService<AgentDirectory>().DevelopmentPassword);
        Assert.NotNull(directory.Verify(AgentDirectory.DevelopmentUserName, password));
        Assert.Null(directory.Verify(AgentDirectory.DevelopmentUserName, "agent"));
    }

    [Fact]
    public async Task Configured_accounts_replace_the_development_account()
    {
        await using var host = new EscalationHost();
        using var agent = new AgentSession(host);

        var configured = await agent.SignInAsync();
        var development = await new AgentSession(host).SignInAsync(AgentDirectory.DevelopmentUserName, "anything");

        Assert.Equal(HttpStatusCode.Redirect, configured.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, development.StatusCode);
        Assert.Null(host.Factory.Services.GetRequiredService<AgentDirectory>().DevelopmentPassword);
    }
}
