using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Storage.Database;

/// <summary>The one database behind every store: hands out open connections once the schema is current.</summary>
public sealed class StorageDatabase : IAsyncDisposable
{
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly SchemaPlan _schema;
    private volatile bool _schemaReady;

    public StorageDatabase(DbDataSource dataSource, ISqlDialect dialect, SchemaPlan schema)
    {
        DataSource = dataSource;
        Dialect = dialect;
        _schema = schema;
        if (dialect.Provider == StorageProvider.Sqlite)
        {
            Writer = new SqliteGroupCommitWriter(OpenAsync);
            Checkpointer = new SqliteCheckpointer(OpenAsync, () => _schemaReady, Writer.RequestLogRestart);
            Writer.CommitsObserver = Checkpointer.Nudge;
        }
    }

    /// <summary>SQLite's background checkpoint; null for PostgreSQL.</summary>
    public SqliteCheckpointer? Checkpointer { get; }

    /// <summary>SQLite's group-commit writer; null for PostgreSQL, where concurrent transactions do not queue on one lock.</summary>
    public SqliteGroupCommitWriter? Writer { get; }

    public DbDataSource DataSource { get; }

    public ISqlDialect Dialect { get; }

    public StorageProvider Provider => Dialect.Provider;

    public static StorageDatabase ForSqlite(string path, SchemaPlan schema)
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
        return new StorageDatabase(SqliteFactory.Instance.CreateDataSource(connectionString), new SqliteDialect(), schema);
    }

    public static StorageDatabase ForPostgres(string connectionString, SchemaPlan schema) =>
        new(NpgsqlDataSource.Create(connectionString), new PostgresDialect(), schema);

    /// <summary>Applies pending migrations once per process; a failure is retried by the next caller.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (!_schemaReady)
            {
                await Dialect.MigrateAsync(DataSource, _schema, cancellationToken);
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
        await EnsureSchemaAsync(cancellationToken);
        var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await Dialect.PrepareAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and returns once it committed. On SQLite the transaction may be
    /// shared with other callers' writes (<see cref="SqliteGroupCommitWriter"/>), so <paramref name="work"/> must only use
    /// the connection and transaction it is given, and may run again alone if a neighbour's write failed.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Writer is not null)
        {
            await EnsureSchemaAsync(cancellationToken);
            return await Writer.RunAsync(work, cancellationToken);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        if (Writer is not null)
        {
            await Writer.DisposeAsync();
        }

        if (Checkpointer is not null)
        {
            await Checkpointer.DisposeAsync();
        }

        await DataSource.DisposeAsync();
        _schemaGate.Dispose();
    }
}
