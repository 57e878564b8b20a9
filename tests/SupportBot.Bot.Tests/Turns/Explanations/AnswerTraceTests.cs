using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.Operations.TestSupport;
using SupportBot.Dialogs.Explanations;
using SupportBot.Understanding;

namespace SupportBot.Bot.Tests.Turns.Explanations;

/// <summary>What a tester sees in the Emulator's or the Playground's log: after the replies, what answered and why.</summary>
public sealed class AnswerTraceTests : IClassFixture<SupportBotFactory>
{
    private readonly SupportBotFactory _factory;

    public AnswerTraceTests(SupportBotFactory factory) => _factory = factory;

    [Fact]
    public async Task An_FAQ_answer_is_traced_with_its_entry_how_it_was_found_and_its_score_after_the_replies()
    {
        var chat = new EmulatorConversation(_factory.CreateClient());
        Assert.DoesNotContain(await chat.StartAsync(), IsAnswerTrace);

        var replies = await chat.SayAsync("キャンセル料はかかりますか？");

        Assert.True(IsAnswerTrace(replies[^1]), "the answer trace comes last, after every reply");
        Assert.Equal(AnswerTrace.Label, replies[^1].Label);
        var value = JObject.FromObject(replies[^1].Value);
        var answer = (JObject)value["answer"]!;
        var passage = (string)answer["passage"]!;
        Assert.StartsWith("faq.", passage, StringComparison.Ordinal);
        Assert.Equal("classifier", (string?)answer["method"]);
        Assert.True((double)answer["score"]! > 0);
        // The acts name the entry that answered, not only the intent the recognizer started from.
        var acts = value["acts"]!.Select(a => ((string?)a["act"], (string?)a["id"])).ToList();
        Assert.Contains(("outcome", passage), acts);
        Assert.Contains(acts, a => a.Item1 == "ask");
        var recognized = replies.Single(r => r.Type == ActivityTypes.Trace && r.ValueType == OfflineRecognizer.TraceValueType);
        Assert.Equal(JObject.FromObject(recognized.Value)["intents"]!.Children<JProperty>().First().Name, (string?)value["intent"]);
    }

    [Fact]
    public async Task A_question_of_a_flow_is_traced_as_an_ask_of_its_dialog_and_step_with_nothing_answered()
    {
        var chat = new EmulatorConversation(_factory.CreateClient());
        await chat.StartAsync();

        var replies = await chat.SayAsync("注文をキャンセルしたい");

        var value = JObject.FromObject(replies.Single(IsAnswerTrace).Value);
        Assert.Null(value["answer"]);
        var act = Assert.Single(value["acts"]!);
        Assert.Equal(("ask", "CancellationDialog", "cancel.ask_order_number"), ((string?)act["act"], (string?)act["topic"], (string?)act["id"]));
    }

    [Fact]
    public async Task A_topic_the_chat_does_not_handle_is_traced_as_out_of_scope_with_the_topic_named()
    {
        var chat = new EmulatorConversation(_factory.CreateClient());
        await chat.StartAsync();

        var replies = await chat.SayAsync("ギフト包装はできますか");

        var act = Assert.Single(JObject.FromObject(replies.Single(IsAnswerTrace).Value)["acts"]!);
        Assert.Equal("out_of_scope", (string?)act["act"]);
        Assert.False(string.IsNullOrEmpty((string?)act["topic"]));
    }

    [Theory]
    [InlineData(Microsoft.Bot.Connector.Channels.Emulator, 1)]
    [InlineData(Microsoft.Bot.Connector.Channels.Msteams, 0)]
    [InlineData(Microsoft.Bot.Connector.Channels.Directline, 0)]
    public async Task The_trace_is_made_only_for_the_emulator_channel_the_only_one_the_adapter_sends_traces_to(string channel, int traces)
    {
        var sent = new List<Activity>();
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter(channel)
            .Use(new SupportBot.Bot.Turns.Explanations.AnswerTraceMiddleware(RepositoryKnowledge.Instance));

        await adapter.ProcessActivityAsync((Activity)Microsoft.Bot.Builder.MessageFactory.Text("注文をキャンセルしたい"), async (turn, ct) =>
        {
            turn.OnSendActivities(async (_, activities, next) =>
            {
                sent.AddRange(activities);
                return await next();
            });
            var question = Microsoft.Bot.Builder.MessageFactory.Text("ご注文番号を教えてください");
            question.Entities = [SupportBot.Dialogs.Outcomes.OutcomeEntities.Step("CancellationDialog", "cancel.ask_order_number")];
            await turn.SendActivityAsync(question, ct);
        });

        Assert.Equal(traces, sent.Count(IsAnswerTrace));
    }

    private static bool IsAnswerTrace(Activity activity) => activity.Type == ActivityTypes.Trace && activity.ValueType == AnswerTrace.ValueType;
}
