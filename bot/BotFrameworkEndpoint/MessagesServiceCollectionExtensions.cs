using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SupportBot.Bot.BotFrameworkEndpoint;

public static class MessagesServiceCollectionExtensions
{
    /// <summary>What POST /api/messages needs besides the adapter: the reader that turns a body into an activity or a 4xx, and the notice that tells a refused tester why.</summary>
    public static IServiceCollection AddBotMessages(this IServiceCollection services)
    {
        services.TryAddSingleton<ActivityRequestReader>();
        services.AddHttpClient(DoorNotice.HttpClientName);
        services.TryAddSingleton<DoorNotice>();
        return services;
    }
}
