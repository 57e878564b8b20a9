using System.Collections.Concurrent;
using System.Net;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Testing.Channels;

namespace SupportBot.Bot.Tests.Reliability;

/// <summary>
/// 200 customers at once over /api/messages, every fourth one sending each message twice at the same moment
/// (a channel retry): each conversation reaches its outcome, a duplicate never runs a second turn, nothing answers 5xx.
/// </summary>
public sealed class ConcurrentConversationTests : IClassFixture<SupportBotFactory>
{
    private const int Conversations = 200;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    private readonly SupportBotFactory _factory;

    public ConcurrentConversationTests(SupportBotFactory factory) => _factory = factory;

    [Fact]
    public async Task Two_hundred_concurrent_conversations_with_duplicates_all_reach_their_outcome_without_5xx()
    {
        using var client = _factory.CreateClient();
        client.Timeout = Bound;
        using var deadline = new CancellationTokenSource(Bound);
        var problems = new ConcurrentBag<string>();
        var statuses = new ConcurrentBag<HttpStatusCode>();

        async Task CustomerAsync(int index)
        {
            var script = CustomerScript.All[index % CustomerScript.All.Count];
            var conversationId = $"load-{index}-{script.Name}";
            var duplicates = index % 4 == 0;
            foreach (var (text, expect) in script.Turns)
            {
                deadline.Token.ThrowIfCancellationRequested();
                var activity = TestActivities.Message(conversationId, text);
                var sends = duplicates ? new[] { activity, activity } : [activity];
                var responses = await Task.WhenAll(sends.Select(a => client.PostActivityAsync(a)));
                var bodies = new List<List<string>>();
                foreach (var response in responses)
                {
                    statuses.Add(response.StatusCode);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        bodies.Add((await response.ReadRepliesAsync()).Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text ?? string.Empty).ToList());
                    }

                    response.Dispose();
                }

                var answers = bodies.FirstOrDefault() ?? [];
                if (!answers.Any(t => t.Contains(expect, StringComparison.Ordinal)))
                {
                    problems.Add($"{conversationId} '{text}': no answer containing '{expect}' in [{string.Join(" | ", answers)}]");
                    return;
                }

                // The duplicate is applied once and answered with the same replies: the question is asked once, not twice.
                if (bodies.Any(b => b.Count(t => t.Contains(expect, StringComparison.Ordinal)) > 1) || bodies.Any(b => !b.SequenceEqual(answers)))
                {
                    problems.Add($"{conversationId} '{text}': the duplicate ran a second turn or got other replies");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(i => Task.Run(() => CustomerAsync(i))));

        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        Assert.Empty(problems);
        var expectedRequests = Enumerable.Range(0, Conversations).Sum(i => CustomerScript.All[i % CustomerScript.All.Count].Turns.Count * (i % 4 == 0 ? 2 : 1));
        Assert.Equal(expectedRequests, statuses.Count);
    }
}
