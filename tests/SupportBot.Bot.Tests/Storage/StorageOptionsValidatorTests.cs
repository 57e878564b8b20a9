using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Hosting;

namespace SupportBot.Bot.Tests.Storage;

public sealed class StorageOptionsValidatorTests
{
    public static TheoryData<StorageOptions, string?> Cases => new()
    {
        { new StorageOptions(), null },
        { new StorageOptions { Provider = StorageProvider.Postgres, PostgresConnectionString = "Host=127.0.0.1" }, null },
        { new StorageOptions { Provider = StorageProvider.Postgres }, "PostgresConnectionString" },
        { new StorageOptions { SqlitePath = " " }, "SqlitePath" },
        { new StorageOptions { TranscriptRetentionDays = 0 }, "TranscriptRetentionDays" },
        { new StorageOptions { Provider = (StorageProvider)7 }, "Provider" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Names_the_setting_that_is_wrong(StorageOptions options, string? wrongSetting)
    {
        var result = new StorageOptionsValidator().Validate(null, options);

        if (wrongSetting is null)
        {
            Assert.True(result.Succeeded);
        }
        else
        {
            Assert.True(result.Failed);
            Assert.Contains(wrongSetting, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_host_refuses_to_start_with_postgres_selected_and_no_connection_string()
    {
        using var factory = new SupportBotFactory
        {
            Settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:PostgresConnectionString"] = "" },
        };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("PostgresConnectionString", (error as OptionsValidationException ?? error.InnerException)?.Message ?? error.Message, StringComparison.Ordinal);
    }
}
