using System.Data.Common;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Tests.Storage.TestSupport;

namespace SupportBot.Bot.Tests.Storage.Database;

public sealed class GroupCommitTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Concurrent_writes_all_commit_and_each_caller_sees_its_own_result(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var database = db.OpenInstance();
        await CreateTableAsync(database);

        // The first write holds the writer until every other write is waiting, as under load.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await gate.Task;
                await ExecuteAsync(connection, transaction, "INSERT INTO group_commit (n) VALUES (-1)", ct);
                return -1;
            },
            default);
        var writes = Enumerable.Range(0, 200).Select(i => InsertAsync(database, i)).ToList();
        gate.SetResult();

        Assert.Equal(-1, await first);
        Assert.Equal(Enumerable.Range(0, 200), await Task.WhenAll(writes));
        Assert.Equal(201, await CountAsync(database));
        if (database.Writer is { } writer)
        {
            // SQLite: the table, then the first write (with any that were already waiting), then the rest in batches of
            // at most MaxBatch: 202 writes in a handful of commits.
            Assert.Equal(202, writer.Writes);
            Assert.InRange(writer.Transactions, 2 + 200 / SupportBot.Bot.Storage.Database.SqliteGroupCommitWriter.MaxBatch, 2 + (int)Math.Ceiling(200.0 / SupportBot.Bot.Storage.Database.SqliteGroupCommitWriter.MaxBatch));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_failing_write_fails_alone_and_leaves_nothing_behind(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var database = db.OpenInstance();
        await CreateTableAsync(database);

        var writes = Enumerable.Range(0, 60).Select(i => Task.Run(async () =>
        {
            if (i % 10 == 3)
            {
                // Writes a row, then fails: its row must be rolled back, its neighbours' rows kept.
                await database.WriteAsync<int>(
                    async (connection, transaction, ct) =>
                    {
                        await ExecuteAsync(connection, transaction, $"INSERT INTO group_commit (n) VALUES ({1000 + i})", ct);
                        throw new InvalidOperationException($"write {i} refused");
                    },
                    default);
                return -1;
            }

            return await InsertAsync(database, i);
        })).ToList();

        foreach (var (write, i) in writes.Select((w, i) => (w, i)))
        {
            if (i % 10 == 3)
            {
                var error = await Assert.ThrowsAsync<InvalidOperationException>(() => write);
                Assert.Equal($"write {i} refused", error.Message);
            }
            else
            {
                Assert.Equal(i, await write);
            }
        }

        Assert.Equal(54, await CountAsync(database));
    }

    [Fact]
    public async Task After_a_broken_connection_the_next_writes_open_a_fresh_one()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var database = db.OpenInstance();
        await CreateTableAsync(database);

        await Assert.ThrowsAnyAsync<DbException>(() => database.WriteAsync<int>(
            async (connection, transaction, ct) =>
            {
                await ExecuteAsync(connection, transaction, "INSERT INTO no_such_table (n) VALUES (1)", ct);
                return 0;
            },
            default));

        Assert.Equal(7, await InsertAsync(database, 7));
        Assert.Equal(1, await CountAsync(database));
    }

    [Fact]
    public async Task A_write_whose_caller_gave_up_before_it_ran_is_not_applied()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var database = db.OpenInstance();
        await CreateTableAsync(database);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await ExecuteAsync(connection, transaction, "INSERT INTO group_commit (n) VALUES (1)", ct);
                return 0;
            },
            cancelled.Token));

        Assert.Equal(0, await CountAsync(database));
    }

    private static Task<int> CreateTableAsync(StorageDatabase database) =>
        database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await ExecuteAsync(connection, transaction, "CREATE TABLE group_commit (n INTEGER NOT NULL)", ct);
                return 0;
            },
            default);

    private static Task<int> InsertAsync(StorageDatabase database, int n) =>
        database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await ExecuteAsync(connection, transaction, $"INSERT INTO group_commit (n) VALUES ({n})", ct);
                return n;
            },
            default);

    private static async Task<long> CountAsync(StorageDatabase database)
    {
        await using var connection = await database.OpenAsync(default);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM group_commit";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
