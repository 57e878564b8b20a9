using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SupportBot.Bot.Handler;

public static class HandlerServiceCollectionExtensions
{
    /// <summary>The bot every turn runs: the welcome, the relay to a person while one has the conversation, MainDialog.</summary>
    public static IServiceCollection AddSupportActivityHandler(this IServiceCollection services)
    {
        services.TryAddTransient<IBot, SupportActivityHandler>();
        return services;
    }
}
