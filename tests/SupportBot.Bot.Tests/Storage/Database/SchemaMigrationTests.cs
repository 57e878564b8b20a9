using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Storage.TestSupport;

namespace SupportBot.Bot.Tests.Storage.Database;

public sealed class SchemaMigrationTests
{
    private static readonly string[] Tables = ["bot_state", "transcripts", "escalation_tickets", "directline_activities", "processed_activities", "escalation_messages"];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_new_database_gets_every_table_and_each_version_recorded_once(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await db.OpenInstance().EnsureSchemaAsync(CancellationToken.None);

        var versions = await SchemaQueries.VersionsAsync(db.OpenInstance());
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], versions);
        foreach (var table in Tables)
        {
            Assert.Equal(0, await SchemaQueries.CountRowsAsync(db.OpenInstance(), table));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Several_instances_starting_at_once_migrate_exactly_once(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instances = Enumerable.Range(0, 6).Select(_ => db.OpenInstance()).ToList();

        await Task.WhenAll(instances.Select(i => Task.Run(() => i.EnsureSchemaAsync(CancellationToken.None))));

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], await SchemaQueries.VersionsAsync(db.OpenInstance()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Starting_again_on_a_current_schema_changes_nothing(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.OpenInstance().EnsureSchemaAsync(CancellationToken.None);
        var before = await SchemaQueries.AppliedAtAsync(db.OpenInstance());

        await db.OpenInstance().EnsureSchemaAsync(CancellationToken.None);

        Assert.Equal(before, await SchemaQueries.AppliedAtAsync(db.OpenInstance()));
    }
}
