namespace SupportBot.Bot.Hosting;

/// <summary>
/// The environment the operator set is the one that runs. <c>dotnet run</c>'s launch profile overwrites any variable
/// it names, so it names only <see cref="DefaultVariable"/>, a default taken when neither ASPNETCORE_ENVIRONMENT nor
/// DOTNET_ENVIRONMENT is set: a developer's plain <c>dotnet run</c> gets Development, an operator's Production stays.
/// </summary>
public static class LaunchEnvironment
{
    public const string DefaultVariable = "SUPPORTBOT_DEFAULT_ENVIRONMENT";

    /// <summary>The environment to set, or null to leave the operator's (or the host's Production default) alone.</summary>
    public static string? Default(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return string.IsNullOrWhiteSpace(variable("ASPNETCORE_ENVIRONMENT")) && string.IsNullOrWhiteSpace(variable("DOTNET_ENVIRONMENT"))
            && variable(DefaultVariable) is { Length: > 0 } fallback
            ? fallback
            : null;
    }

    /// <summary>Applies <see cref="Default"/> to this process before the host reads its environment.</summary>
    public static void Apply()
    {
        if (Default(Environment.GetEnvironmentVariable) is { } name)
        {
            Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", name);
        }
    }
}
