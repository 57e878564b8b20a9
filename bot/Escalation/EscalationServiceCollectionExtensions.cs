using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Escalation.Handoff;
using SupportBot.Bot.Escalation.Lapse;
using SupportBot.Bot.Escalation.Live;
using SupportBot.Bot.Escalation.Metrics;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Escalation.Webhook;
using SupportBot.Bot.Storage.Housekeeping;
using SupportBot.Bot.Storage.Database;
using SupportBot.Dialogs.Escalation;

namespace SupportBot.Bot.Escalation;

public static class EscalationServiceCollectionExtensions
{
    /// <summary>
    /// Escalation to a person: the ticket service behind the dialogs' IEscalationService, the customer's relay while a
    /// person has the conversation, the agent's desk (take over, chat, hand back), the signed webhook, the figures.
    /// </summary>
    public static IServiceCollection AddEscalation(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>());

        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HandoffAccessor>();
        services.AddOptions<TicketRetentionOptions>()
            .Bind(configuration.GetSection(TicketRetentionOptions.SectionName))
            .Validate(o => o.ResolvedTicketRetentionDays is >= 1 and <= 3650, "Escalation:ResolvedTicketRetentionDays must be between 1 and 3650.")
            .ValidateOnStart();
        services.AddSchema(EscalationSchema.Contribution);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHousekeepingTask, ResolvedTicketHousekeeping>());
        services.TryAddSingleton<IEscalationStore, SqlEscalationStore>();
        services.TryAddSingleton<TicketSignals>();
        services.TryAddSingleton<EscalationMetrics>();
        services.TryAddSingleton<IEscalationFiguresQuery, StoreEscalationFiguresQuery>();
        services.TryAddSingleton<IEscalationService, TicketEscalationService>();
        services.TryAddSingleton<CustomerRelay>();
        services.TryAddSingleton<SatisfactionSurvey>();
        services.TryAddSingleton<ProactiveMessenger>();
        services.AddOptions<QueueLapseOptions>()
            .Bind(configuration.GetSection(QueueLapseOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<QueuedTicketLapse>();
        services.AddHostedService(sp => sp.GetRequiredService<QueuedTicketLapse>());   // a silent queued customer is asked, then lapses

        services.TryAddSingleton<WebhookOutbox>();
        services.TryAddSingleton<IWebhookOutbox>(sp => sp.GetRequiredService<WebhookOutbox>());
        services.AddHttpClient(WebhookSender.HttpClientName);
        services.AddHostedService<WebhookSender>();
        return services;
    }
}
