using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Storage.Housekeeping;

namespace SupportBot.Bot.Storage.State;

/// <summary>Deletes the stored state (order numbers, answers so far) of conversations idle for Storage:IdleStateRetentionDays.</summary>
public sealed class IdleStateHousekeeping(StorageDatabase database, IOptions<StorageOptions> options) : IHousekeepingTask
{
    public string Name => "idle conversation state";

    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now.AddDays(-options.Value.IdleStateRetentionDays).ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var delete = connection.Command("DELETE FROM bot_state WHERE updated_at < @cutoff", ("@cutoff", cutoff));
        return await delete.ExecuteNonQueryAsync(cancellationToken);
    }
}
