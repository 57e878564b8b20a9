using SupportBot.Bot.DirectLine.Log;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Storage.State;
using SupportBot.Bot.Turns;

namespace SupportBot.Bot.Tests.Storage.TestSupport;

/// <summary>Every concept's tables, as the host registers them (Program.cs); a test database gets the whole schema.</summary>
internal static class BotSchema
{
    public static IReadOnlyList<SchemaContribution> Contributions { get; } =
        [StateSchema.Contribution, TurnRecordsSchema.Contribution, EscalationSchema.Contribution, DirectLineLogSchema.Contribution];

    public static SchemaPlan Plan { get; } = SchemaPlan.From(Contributions);
}
