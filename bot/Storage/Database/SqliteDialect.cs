using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Storage.Database;

/// <summary>SQLite: WAL journal, migrations under BEGIN IMMEDIATE so a second process waits for the first.</summary>
internal sealed class SqliteDialect : ISqlDialect
{
    private static readonly ConditionalWeakTable<object, object> PreparedHandles = new();
    private static readonly object Prepared = new();

    public StorageProvider Provider => StorageProvider.Sqlite;

    public async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Pooled connections keep their native handle, and these settings live on the handle: set them once per handle
        // rather than on every open (every statement of a turn opens a pooled connection).
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && PreparedHandles.TryGetValue(handle, out _))
        {
            return;
        }

        // busy_timeout: SQLite's own short back-off instead of the provider's coarse retry sleep when writers meet.
        // synchronous=NORMAL: in WAL mode a killed process loses nothing; only an OS crash may lose the last commits.
        // wal_autocheckpoint=0: the log is copied back by SqliteCheckpointer in the background, not inside a turn's commit.
        await using var command = connection.Command("PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0;");
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (handle is not null)
        {
            PreparedHandles.AddOrUpdate(handle, Prepared);
        }
    }

    public async Task MigrateAsync(DbDataSource dataSource, SchemaPlan plan, CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(dataSource.ConnectionString);
        if (file.Mode != SqliteOpenMode.Memory && file.DataSource is { Length: > 0 } path && path != ":memory:")
        {
            OwnerOnly(path);
        }

        await using var connection = (SqliteConnection)await dataSource.OpenConnectionAsync(cancellationToken);
        await PrepareAsync(connection, cancellationToken);
        // WAL is a property of the file, kept across connections: readers never block the writer.
        await using (var wal = connection.Command("PRAGMA journal_mode=WAL;"))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = connection.BeginTransaction(deferred: false);
        await MigrationRunner.ApplyPendingAsync(connection, transaction, plan, Provider, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // The file holds customers' messages and order numbers: readable by this account only. SQLite gives its
    // -wal and -shm files the database file's mode, so creating the file first covers them too.
    private static void OwnerOnly(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            using var created = new FileStream(file, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another instance (or an earlier run) created it: its mode is tightened below.
        }

        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
