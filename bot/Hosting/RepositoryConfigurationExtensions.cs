using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace SupportBot.Bot.Hosting;

public static class RepositoryConfigurationExtensions
{
    /// <summary>
    /// Reads the repository's appsettings.json (and appsettings.{Environment}.json) ahead of environment
    /// variables and the command line, so those still override it, whatever the working directory.
    /// </summary>
    public static WebApplicationBuilder AddRepositoryConfiguration(this WebApplicationBuilder builder, RepositoryPaths paths)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(paths);

        var sources = builder.Configuration.Sources;
        var index = LastIndexOfUnprefixedEnvironmentVariables(sources);
        var environment = builder.Environment.EnvironmentName;
        foreach (var file in new[] { "appsettings.json", $"appsettings.{environment}.json" }.Reverse())
        {
            var fullPath = Path.Combine(paths.Root, file);
            var alreadyRead = sources.OfType<JsonConfigurationSource>()
                .Any(s => s.Path is not null && Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, s.Path)) == fullPath);
            if (!alreadyRead)
            {
                var source = new JsonConfigurationSource { Path = fullPath, Optional = true, ReloadOnChange = false };
                source.ResolveFileProvider();
                sources.Insert(index, source);
            }
        }

        builder.Services.AddSingleton(paths);
        return builder;
    }

    private static int LastIndexOfUnprefixedEnvironmentVariables(IList<IConfigurationSource> sources)
    {
        for (var i = sources.Count - 1; i >= 0; i--)
        {
            if (sources[i] is EnvironmentVariablesConfigurationSource { Prefix: null or "" })
            {
                return i;
            }
        }

        return sources.Count;
    }
}
