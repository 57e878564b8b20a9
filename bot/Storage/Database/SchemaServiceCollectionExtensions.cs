namespace SupportBot.Bot.Storage.Database;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>Adds a concept's tables to the database's schema; the storage area applies every registered step at start.</summary>
    public static IServiceCollection AddSchema(this IServiceCollection services, SchemaContribution contribution) =>
        services.AddSingleton(contribution);
}
