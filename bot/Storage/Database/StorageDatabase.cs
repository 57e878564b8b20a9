using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SupportBot.Bot.Storage.Postgres;
using SupportBot.Bot.Storage.Sqlite;

namespace SupportBot.Bot.Storage.Database;

/// <summary>The one database behind every store: hands out open connections once the schema is current.</summary>
public sealed class StorageDatabase : IAsyncDisposable
{
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    public StorageDatabase(DbDataSource dataSource, ISqlDialect dialect)
    {
        DataSource = dataSource;
        Dialect = dialect;
    }

    public DbDataSource DataSource { get; }

    public ISqlDialect Dialect { get; }

    public StorageProvider Provider => Dialect.Provider;

    public static StorageDatabase ForSqlite(string path)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        // Default Timeout doubles as the busy timeout: a writer waits for the file lock instead of failing.
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        return new StorageDatabase(SqliteFactory.Instance.CreateDataSource(connectionString), new SqliteDialect());
    }

    public static StorageDatabase ForPostgres(string connectionString) =>
        new(NpgsqlDataSource.Create(connectionString), new PostgresDialect());

    /// <summary>Applies pending migrations once per process; a failure is retried by the next caller.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_schemaReady)
            {
                await Dialect.MigrateAsync(DataSource, cancellationToken).ConfigureAwait(false);
                _schemaReady = true;
            }
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Dialect.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync().ConfigureAwait(false);
        _schemaGate.Dispose();
    }
}
