using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Storage.Pii;
using SupportBot.Bot.Tests.Storage.TestSupport;
using SupportBot.Bot.Turns.Transcripts;

namespace SupportBot.Bot.Tests.Storage.Database;

/// <summary>The SQLite file and its write-ahead log hold customers' messages: only the bot's account may read them.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FileModeTests : IDisposable
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "supportbot-mode-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_new_database_and_its_log_are_created_owner_only()
    {
        var path = Path.Combine(_directory, "supportbot.db");
        await using var database = StorageDatabase.ForSqlite(path, BotSchema.Plan);
        await database.EnsureSchemaAsync(default);
        await new SqlTranscriptRepository(database, PiiMasker.Instance).AppendRangeAsync(
            new("test", "c1"), [new UnmaskedTranscriptLine("a1", DateTimeOffset.UtcNow, """{"type":"message","text":"250-1234567-1234567"}""")], default);

        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(path));
        Assert.True(File.Exists(path + "-wal"));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(path + "-wal"));
    }

    [Fact]
    public async Task An_existing_database_readable_by_others_is_tightened_at_start()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "supportbot.db");
        await File.WriteAllBytesAsync(path, []);
        File.SetUnixFileMode(path, OwnerReadWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await using var database = StorageDatabase.ForSqlite(path, BotSchema.Plan);
        await database.EnsureSchemaAsync(default);

        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(path));
    }
}
