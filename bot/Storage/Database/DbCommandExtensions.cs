using System.Data.Common;

namespace SupportBot.Bot.Storage.Database;

/// <summary>Builds parameterized commands the same way for both providers ("@name" works in both).</summary>
internal static class DbCommandExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        connection.Command(null, sql, parameters);

    public static DbCommand Command(
        this DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            if (value is null or string)
            {
                // PostgreSQL cannot infer the type of "@p IS NULL" from an untyped null.
                parameter.DbType = System.Data.DbType.String;
            }

            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static long NowMilliseconds(this TimeProvider clock) => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
