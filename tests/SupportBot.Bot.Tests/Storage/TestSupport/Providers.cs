using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage.TestSupport;

/// <summary>Every storage test runs on both providers.</summary>
public static class Providers
{
    public static TheoryData<StorageProvider> All => new() { StorageProvider.Sqlite, StorageProvider.Postgres };
}
