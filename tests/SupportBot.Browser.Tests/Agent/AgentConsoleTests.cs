using SupportBot.Browser.Tests.Hosting;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupportBot.Browser.Tests.WebChat;
using SupportBot.Knowledge;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.Browser.Tests.Agent;

/// <summary>
/// Two pages in one Chromium: a customer in Web Chat reaches a person; an agent signed in to the console takes the
/// ticket over; each sees the other's messages live; the agent hands back and the bot answers again.
/// </summary>
public sealed partial class AgentConsoleTests : IClassFixture<ConsoleHost>
{
    private const string Attack = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> 注文はまだ届きません";
    private const string AgentReply = "担当の者です。ご注文を確認しますので、少々お待ちください。";

    private readonly ConsoleHost _host;

    public AgentConsoleTests(ConsoleHost host) => _host = host;

    private KnowledgeSnapshot Knowledge => _host.Knowledge;

    private string Ja(MessageKey key, params (string Name, string Value)[] args) => Knowledge.Text(key, "ja", args);

    [Fact]
    public async Task A_customer_reaches_an_agent_who_takes_over_chats_live_and_hands_back_to_the_bot()
    {
        try
        {
            await ConverseAsync();
        }
        catch (PlaywrightException exception)
        {
            // The bot's own log says why a step never showed up.
            throw new InvalidOperationException(exception.Message + "\n--- bot output ---\n" + _host.Bot.Output, exception);
        }
    }

    private async Task ConverseAsync()
    {
        // The customer asks for a person and gets a ticket number.
        var customerPage = await _host.NewPageAsync("ja-JP", "/");
        var customer = new WebChatPage(customerPage, customerPage.Context);
        await customer.WaitForBotAsync(Ja(MessageKeys.WelcomeGreeting));
        await customer.TypeAsync("担当者と話したい");
        await customer.WaitForBotAsync(Knowledge.Escalation.For(EscalationTrigger.CustomerRequest).Message.Ja);
        var ticketId = TicketId().Match(string.Join("\n", await customer.BotMessages.AllInnerTextsAsync())).Value;
        Assert.StartsWith("ESC-", ticketId, StringComparison.Ordinal);

        // The console is closed until the agent signs in with the account the bot printed.
        var agent = await _host.NewPageAsync("ja-JP", "/agent");
        Assert.Contains("/agent/signin", agent.Url, StringComparison.Ordinal);
        await agent.FillAsync("input[name=userName]", "agent");
        await agent.FillAsync("input[name=password]", _host.DevelopmentPassword());
        await agent.ClickAsync("button[type=submit]");
        await Expect(agent.Locator("#queue")).ToContainTextAsync(ticketId);
        await agent.ClickAsync($"text={ticketId}");
        await Expect(agent.Locator("#ticket-id")).ToHaveTextAsync(ticketId);
        await Expect(agent.Locator("#ticket-reason")).ToHaveAttributeAsync("data-reason", "customer_request");
        await Expect(agent.Locator("#ticket-reason")).ToHaveTextAsync(Knowledge.Escalation.For(EscalationTrigger.CustomerRequest).When.Ja);
        await Expect(agent.Locator("#transcript")).ToContainTextAsync("担当者と話したい");

        // Take over: the customer is told that a person is answering.
        await agent.ClickAsync("#take-over");
        await Expect(agent.Locator("#ticket-state")).ToHaveAttributeAsync("data-state", "assigned");
        await customer.WaitForBotAsync(Ja(MessageKeys.EscalationAgentJoined));

        // Customer → agent, live, shown as text (the script does not run).
        var dialogs = 0;
        agent.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await customer.TypeAsync(Attack);
        await Expect(agent.Locator("#chat li.from-customer .text").Last).ToHaveTextAsync(Attack);
        Assert.Equal(0, await agent.EvaluateAsync<int>("() => window.__pwned ?? 0"));
        Assert.Equal(0, await agent.Locator("#chat img").CountAsync());

        // Agent → customer, live.
        await agent.FillAsync("#send-text", AgentReply);
        await agent.ClickAsync("#send-form button[type=submit]");
        await customer.WaitForBotAsync(AgentReply);
        // The customer sees who is writing: the agent's display name, not the bot's.
        await customer.WaitForBotAsync(Ja(MessageKeys.PageAgentLabel, ("name", "agent")));
        await Expect(agent.Locator("#chat li.from-agent .text").Last).ToHaveTextAsync(AgentReply);

        await agent.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("escalation-agent-console"), FullPage = true });

        // Hand back: the closing message, then the bot answers the customer again.
        await agent.ClickAsync("#resolve");
        await Expect(agent.Locator("#ticket-state")).ToHaveAttributeAsync("data-state", "resolved");
        await customer.WaitForBotAsync(Ja(MessageKeys.EscalationHandedBack));

        // One tap to say how it went; it reaches the ticket.
        await customer.WaitForBotAsync(Ja(MessageKeys.SurveyAskRating));
        await customer.TypeAsync("5");
        await customer.WaitForBotAsync(Ja(MessageKeys.SurveyAskComment));
        await customer.TypeAsync(Ja(MessageKeys.SurveySkip));
        await customer.WaitForBotAsync(Ja(MessageKeys.SurveyThanks));
        await Expect(agent.Locator("#chat li.from-system").Last).ToContainTextAsync("satisfaction");
        await customer.TypeAsync("注文をキャンセルしたい");
        await customer.WaitForBotAsync(Ja(MessageKeys.CancelAskOrderNumber));
        await customer.ScreenshotAsync("escalation-customer-webchat");
        Assert.Equal(0, dialogs);

        await customerPage.Context.CloseAsync();
        await agent.Context.CloseAsync();
    }

    private static string Screenshot(string name) => BotAndBrowser.ScreenshotPath(name);

    [GeneratedRegex(@"ESC-\d{6}")]
    private static partial Regex TicketId();
}
