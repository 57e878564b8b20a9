using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SupportBot.Knowledge;

/// <summary>Fails start-up when the content directory cannot be found, naming where it looked.</summary>
internal sealed class KnowledgeOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        var directory = KnowledgeDirectoryLocator.Resolve(options.Directory, environment?.ContentRootPath);
        return System.IO.Directory.Exists(directory)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Knowledge:Directory '{options.Directory}' was not found (resolved to '{directory}').");
    }
}
