using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SupportBot.Dialogs.Orders.Demo;

/// <summary>
/// The demo orders in a SQLite file, created and seeded at first use. Seeding inserts missing orders only, so
/// cancellations made by testers survive restarts; delete the file to start over.
/// </summary>
internal sealed class DemoOrderBook(string databasePath, TimeProvider time) : IDisposable
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private volatile bool _initialized;

    public string DatabasePath { get; } = databasePath;

    public async Task<DemoOrderRow?> FindAsync(string orderNumber, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT order_number, stage, seller, payment_method, item_name, ordered_hours_ago, behaviour, cancelled_at
            FROM orders WHERE order_number = $number
            """;
        command.Parameters.AddWithValue("$number", orderNumber);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var order = new DemoOrder(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
            reader.GetString(4), reader.GetInt32(5), Enum.Parse<DemoOrderBehaviour>(reader.GetString(6)));
        return new DemoOrderRow(order, reader.IsDBNull(7) ? null : ParseTime(reader.GetString(7)));
    }

    /// <summary>Marks the order cancelled unless it already is, and answers the time it was cancelled (first time wins).</summary>
    public async Task<DateTimeOffset> MarkCancelledAsync(string orderNumber, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE orders SET cancelled_at = $at WHERE order_number = $number AND cancelled_at IS NULL";
        update.Parameters.AddWithValue("$at", FormatTime(at));
        update.Parameters.AddWithValue("$number", orderNumber);
        await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT cancelled_at FROM orders WHERE order_number = $number";
        select.Parameters.AddWithValue("$number", orderNumber);
        var stored = await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        return stored is null ? at : ParseTime(stored);
    }

    public void Dispose() => _initialization.Dispose();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initialization.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await CreateAndSeedAsync(cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }
        }
        finally
        {
            _initialization.Release();
        }
    }

    private async Task CreateAndSeedAsync(CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(DatabasePath) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE IF NOT EXISTS orders (
                    order_number      TEXT PRIMARY KEY,
                    stage             TEXT NOT NULL,
                    seller            TEXT NOT NULL,
                    payment_method    TEXT NOT NULL,
                    item_name         TEXT NOT NULL,
                    ordered_hours_ago INTEGER NOT NULL,
                    behaviour         TEXT NOT NULL,
                    cancelled_at      TEXT NULL)
                """;
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var seededAt = time.GetUtcNow();
        foreach (var order in DemoOrderSeed.Orders)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT OR IGNORE INTO orders
                    (order_number, stage, seller, payment_method, item_name, ordered_hours_ago, behaviour, cancelled_at)
                VALUES ($number, $stage, $seller, $payment, $item, $hours, $behaviour, $cancelled)
                """;
            insert.Parameters.AddWithValue("$number", order.OrderNumber);
            insert.Parameters.AddWithValue("$stage", order.Stage);
            insert.Parameters.AddWithValue("$seller", order.Seller);
            insert.Parameters.AddWithValue("$payment", order.PaymentMethod);
            insert.Parameters.AddWithValue("$item", order.ItemName);
            insert.Parameters.AddWithValue("$hours", order.OrderedHoursAgo);
            insert.Parameters.AddWithValue("$behaviour", order.Behaviour.ToString());
            insert.Parameters.AddWithValue("$cancelled", order.Behaviour == DemoOrderBehaviour.AlreadyCancelled
                ? FormatTime(seededAt.AddHours(-1))
                : DBNull.Value);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string FormatTime(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
