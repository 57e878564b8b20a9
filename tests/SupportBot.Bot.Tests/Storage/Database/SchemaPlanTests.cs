using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.Storage.TestSupport;

namespace SupportBot.Bot.Tests.Storage.Database;

/// <summary>Each concept registers its own tables; the plan joins them and refuses two owners of one version.</summary>
public sealed class SchemaPlanTests
{
    [Fact]
    public void Two_concepts_claiming_one_version_fail_naming_both()
    {
        var first = new SchemaContribution("Turns", [new SchemaStep(7, "a", "SELECT 1;", "SELECT 1;")]);
        var second = new SchemaContribution("Escalation", [new SchemaStep(7, "b", "SELECT 1;", "SELECT 1;")]);

        var error = Assert.Throws<InvalidOperationException>(() => SchemaPlan.From([first, second]));

        Assert.Contains("7", error.Message, StringComparison.Ordinal);
        Assert.Contains("Turns", error.Message, StringComparison.Ordinal);
        Assert.Contains("Escalation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contribution_registered_twice_counts_once_and_steps_come_in_version_order()
    {
        var plan = SchemaPlan.From([.. BotSchema.Contributions.Reverse(), BotSchema.Contributions[1]]);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], plan.Steps.Select(s => s.Version));
    }

    [Fact]
    public async Task The_host_registers_every_concepts_tables()
    {
        await using var factory = new SupportBotFactory();
        var database = factory.Services.GetRequiredService<StorageDatabase>();

        await database.EnsureSchemaAsync(CancellationToken.None);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], await SchemaQueries.VersionsAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_step_added_below_the_highest_recorded_version_is_still_applied(SupportBot.Bot.Storage.StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.OpenInstance().EnsureSchemaAsync(CancellationToken.None);
        var later = new SchemaContribution("Later", [new SchemaStep(0, "a late concept's table", "CREATE TABLE late_table (id INTEGER);", "CREATE TABLE late_table (id BIGINT);")]);
        var location = db.Location;

        await using var upgraded = provider == SupportBot.Bot.Storage.StorageProvider.Postgres
            ? StorageDatabase.ForPostgres(location, SchemaPlan.From([.. BotSchema.Contributions, later]))
            : StorageDatabase.ForSqlite(location, SchemaPlan.From([.. BotSchema.Contributions, later]));
        await upgraded.EnsureSchemaAsync(CancellationToken.None);

        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], await SchemaQueries.VersionsAsync(upgraded));
        Assert.Equal(0, await SchemaQueries.CountRowsAsync(upgraded, "late_table"));
    }
}
