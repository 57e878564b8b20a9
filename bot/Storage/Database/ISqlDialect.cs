using System.Data.Common;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Storage.Database;

/// <summary>What differs between the SQLite and PostgreSQL stores; the rest of the SQL is shared.</summary>
public interface ISqlDialect
{
    StorageProvider Provider { get; }

    /// <summary>Creates or upgrades the schema; safe when several processes start at once.</summary>
    Task MigrateAsync(DbDataSource dataSource, SchemaPlan plan, CancellationToken cancellationToken);

    /// <summary>Per-connection settings, applied each time a connection is handed out.</summary>
    Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken);
}
