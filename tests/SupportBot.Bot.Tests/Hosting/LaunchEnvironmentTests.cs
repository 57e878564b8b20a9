using System.Text.Json;
using SupportBot.Bot.Hosting;
using SupportBot.Testing.Hosting;

namespace SupportBot.Bot.Tests.Hosting;

/// <summary>The environment the operator sets is the one that runs; the launch profile only fills in a default.</summary>
public sealed class LaunchEnvironmentTests
{
    [Theory]
    [InlineData("Production", null, "Development", null)]      // the operator's choice stays
    [InlineData(null, "Staging", "Development", null)]
    [InlineData(null, null, "Development", "Development")]      // a developer's plain dotnet run
    [InlineData(null, null, null, null)]                        // the published host: ASP.NET Core's Production
    public void The_profile_default_applies_only_when_no_environment_is_set(string? aspnetcore, string? dotnet, string? profileDefault, string? expected)
    {
        var variables = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = aspnetcore,
            ["DOTNET_ENVIRONMENT"] = dotnet,
            [LaunchEnvironment.DefaultVariable] = profileDefault,
        };

        Assert.Equal(expected, LaunchEnvironment.Default(name => variables.GetValueOrDefault(name)));
    }

    [Fact]
    public void The_launch_profile_names_no_environment_variable_that_would_override_the_operators()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "bot", "Properties", "launchSettings.json")));
        foreach (var profile in settings.RootElement.GetProperty("profiles").EnumerateObject())
        {
            var names = profile.Value.TryGetProperty("environmentVariables", out var variables)
                ? variables.EnumerateObject().Select(v => v.Name).ToList()
                : [];
            Assert.DoesNotContain("ASPNETCORE_ENVIRONMENT", names);
            Assert.DoesNotContain("DOTNET_ENVIRONMENT", names);
        }
    }

    [Fact]
    public async Task A_host_started_with_production_and_the_profiles_default_runs_in_production()
    {
        var folder = Directory.CreateTempSubdirectory("supportbot-environment-").FullName;
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = null,
            [LaunchEnvironment.DefaultVariable] = "Development",
            ["BotHost__AllowAnonymousOutsideDevelopment"] = "true",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["Storage__SqlitePath"] = Path.Combine(folder, "supportbot.db"),
            ["DirectLine__SigningKeyPath"] = Path.Combine(folder, "directline-signing.key"),
        });

        Assert.Contains("Hosting environment: Production", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("with password", bot.Output, StringComparison.Ordinal);
    }
}
