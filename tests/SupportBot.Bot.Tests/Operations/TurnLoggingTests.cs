using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.Operations.TestSupport;
using SupportBot.Testing.Hosting;

namespace SupportBot.Bot.Tests.Operations;

public sealed class TurnLoggingTests
{
    private const string OrderNumber = "250-1234567-7654321";
    private const string Phone = "090-1234-5678";
    private const string Email = "hanako.yamada@example.jp";

    [Fact]
    public async Task Every_line_a_turn_logs_carries_its_conversation_id_and_no_order_number_phone_or_email_unmasked()
    {
        // An order system that refuses connections: the bot logs a warning about the order while the turn runs.
        using var factory = new SupportBotFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Debug",
                ["Orders:Provider"] = "Http",
                ["Orders:HttpBaseAddress"] = $"http://127.0.0.1:{FreePort.Next()}/",
                ["Orders:TimeoutSeconds"] = "5",
                ["Knowledge:WatchForChanges"] = "false",
            },
            TestServices = services => services.AddLogging(logging => logging.AddFakeLogging()),
        };
        using var client = factory.CreateClient();
        var conversation = new EmulatorConversation(client);
        await conversation.StartAsync();
        var collector = factory.Services.GetFakeLogCollector();
        collector.Clear();

        await conversation.SayAsync($"注文{OrderNumber}をキャンセルしたい。連絡先は{Phone}、{Email}です");

        var records = collector.GetSnapshot();
        var orderWarnings = records.Where(r => r.Category?.Contains("Orders", StringComparison.Ordinal) == true && r.Level == LogLevel.Warning).ToList();
        Assert.NotEmpty(orderWarnings);
        Assert.All(orderWarnings, r => Assert.Contains("[ORDER]", r.Message, StringComparison.Ordinal));
        var turnLines = records.Where(r => r.Category?.StartsWith("SupportBot.", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(turnLines);
        Assert.All(turnLines, r => Assert.Contains(r.Scopes, s => ScopeValue(s, "ConversationId") == conversation.Id));
        foreach (var record in records)
        {
            var everything = string.Join(" | ", [record.Message, record.Exception?.ToString(), .. record.Scopes.Select(s => s?.ToString()), .. StructuredValues(record)]);
            Assert.DoesNotContain("1234567", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("1234-5678", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("hanako", everything, StringComparison.Ordinal);
        }
    }

    private static string? ScopeValue(object? scope, string key) =>
        scope is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.FirstOrDefault(p => p.Key == key).Value?.ToString() : null;

    private static IEnumerable<string?> StructuredValues(FakeLogRecord record) =>
        record.StructuredState?.Select(p => p.Value) ?? [];
}
