using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Storage;

/// <summary>Rejects a storage configuration that could only fail later, at the first customer's turn.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"Storage:{nameof(StorageOptions.Provider)} must be Sqlite or Postgres.");
        }

        if (options.Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            failures.Add($"Storage:{nameof(StorageOptions.SqlitePath)} is required when the provider is Sqlite.");
        }

        if (options.Provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(options.PostgresConnectionString))
        {
            failures.Add($"Storage:{nameof(StorageOptions.PostgresConnectionString)} is required when the provider is Postgres.");
        }

        if (options.TranscriptRetentionDays is < 1 or > 3650)
        {
            failures.Add($"Storage:{nameof(StorageOptions.TranscriptRetentionDays)} must be between 1 and 3650.");
        }

        if (options.IdleStateRetentionDays is < 1 or > 3650)
        {
            failures.Add($"Storage:{nameof(StorageOptions.IdleStateRetentionDays)} must be between 1 and 3650.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
