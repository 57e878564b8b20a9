using Microsoft.Data.Sqlite;
using SupportBot.LoadGenerator.Scenarios;
using SupportBot.LoadGenerator.Targets;

namespace SupportBot.LoadGenerator.Running;

/// <summary>Bytes of conversation-state JSON the host stored for one conversation, read from its SQLite file after each turn.</summary>
public sealed class StateProbe(string sqlitePath)
{
    public async Task<StateSize> MeasureAsync(IBotTarget target, Scenario scenario, CancellationToken cancellationToken)
    {
        await using var customer = await target.OpenAsync(scenario, cancellationToken);
        var sizes = new List<long>();
        foreach (var step in scenario.Steps)
        {
            var problem = await customer.SendAsync(step, cancellationToken);
            if (problem is not null)
            {
                throw new InvalidOperationException($"{scenario.Name}: {problem}");
            }

            sizes.Add(await StoredBytesAsync(customer.ConversationId, cancellationToken));
        }

        return new StateSize(scenario.Name, sizes[scenario.MidDialogStep], sizes.Max(), sizes);
    }

    private async Task<long> StoredBytesAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlitePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Conversation state's key is "{channel}/conversations/{id}"; every row for the conversation counts.
        command.CommandText = "SELECT COALESCE(SUM(length(CAST(json AS BLOB))), 0) FROM bot_state WHERE key LIKE '%/conversations/' || $id";
        command.Parameters.AddWithValue("$id", conversationId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
    }
}
