using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Tests.Escalation.TestSupport;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Tests.AgentConsole.KnowledgeDesk;

/// <summary>
/// The support lead's side of the console: the knowledge base's state and errors, a file checked before it is saved,
/// and a missed message turned into an example that the bot answers right at once.
/// </summary>
public sealed partial class KnowledgeDeskTests : IAsyncDisposable
{
    private const string Missed = "ぽちったの撤回で";

    private readonly string _content;
    private readonly EscalationHost _host;

    public KnowledgeDeskTests()
    {
        _content = Directory.CreateTempSubdirectory("supportbot-desk-").FullName;
        foreach (var file in Directory.GetFiles(KnowledgeDirectoryLocator.Resolve(null), "*.yaml"))
        {
            File.Copy(file, Path.Combine(_content, Path.GetFileName(file)));
        }

        _host = new EscalationHost(extraSettings: new Dictionary<string, string?>
        {
            ["Knowledge:Directory"] = _content,
            ["Knowledge:WatchForChanges"] = "false",
            ["Agents:Accounts:0:Lead"] = "true",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_content, recursive: true);
    }

    [Fact]
    public async Task A_missed_message_picked_on_the_list_becomes_an_example_and_is_answered_right_without_a_restart()
    {
        var before = await new EmulatorChat(_host).SayAsync(Missed);
        Assert.DoesNotContain(_host.Knowledge.Text(MessageKeys.CancelAskOrderNumber, "ja"), Texts(before), StringComparison.Ordinal);
        using var lead = new AgentSession(_host);
        await lead.SignInAsync();

        var analytics = await lead.Http.GetStringAsync(new Uri("/agent/analytics", UriKind.Relative));
        Assert.Contains(Missed, analytics, StringComparison.Ordinal);
        var form = FormFor(analytics, Missed);
        using var added = await lead.Http.PostAsync(new Uri("/agent/knowledge/examples", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value),
            ["text"] = Missed,
            ["target"] = "intent:CancelOrder",
        }));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("追加しました", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"- \"{Missed}\"", await File.ReadAllTextAsync(Path.Combine(_content, "intent-examples.yaml")), StringComparison.Ordinal);
        var after = await new EmulatorChat(_host).SayAsync(Missed);
        Assert.Contains(_host.Knowledge.Text(MessageKeys.CancelAskOrderNumber, "ja"), Texts(after), StringComparison.Ordinal);
        // It joins the learned stories the test command runs, so it stays answered.
        var story = SupportBot.Testing.Stories.StoryFileReader.Read(LearnedStories.PathIn(_content));
        Assert.Equal(Missed, Assert.Single(Assert.Single(story.Stories).Turns).Say);
    }

    [Fact]
    public async Task The_knowledge_page_shows_a_reload_error_with_its_file_and_line_in_japanese()
    {
        Assert.NotNull(_host.Knowledge); // the host starts on the good files
        var messages = Path.Combine(_content, "messages.yaml");
        await File.WriteAllTextAsync(messages, (await File.ReadAllTextAsync(messages)).Replace("  common.yes:", "\u3000common.yes:", StringComparison.Ordinal));
        _host.Factory.Services.GetRequiredService<ReloadingKnowledgeBase>().Reload();
        using var lead = new AgentSession(_host);
        await lead.SignInAsync();

        var page = WebUtility.HtmlDecode(await lead.Http.GetStringAsync(new Uri("/agent/knowledge", UriKind.Relative)));

        Assert.Matches(@"messages\.yaml:\d+:1", page);
        Assert.Contains("全角スペース", page, StringComparison.Ordinal);
        Assert.Contains("前の正しい版", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pasted_file_is_checked_against_the_running_bot_and_nothing_is_saved()
    {
        using var lead = new AgentSession(_host);
        await lead.SignInAsync();
        var page = await lead.Http.GetStringAsync(new Uri("/agent/knowledge", UriKind.Relative));
        var original = await File.ReadAllTextAsync(Path.Combine(_content, "withdraw.yaml"));

        using var checkedFile = await lead.Http.PostAsync(new Uri("/agent/knowledge/validate", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value),
            ["file"] = "withdraw.yaml",
            ["text"] = original.Replace("en: Once sent, a cancellation", "en：Once sent, a cancellation", StringComparison.Ordinal),
        }));

        var result = WebUtility.HtmlDecode(await checkedFile.Content.ReadAsStringAsync());
        Assert.Matches(@"withdraw\.yaml:\d+:\d+", result);
        Assert.Contains("全角のコロン", result, StringComparison.Ordinal);
        Assert.Equal(original, await File.ReadAllTextAsync(Path.Combine(_content, "withdraw.yaml")));
    }

    [Fact]
    public async Task An_uploaded_file_is_checked_under_its_own_name()
    {
        using var lead = new AgentSession(_host);
        await lead.SignInAsync();
        var page = await lead.Http.GetStringAsync(new Uri("/agent/knowledge", UriKind.Relative));
        var broken = (await File.ReadAllTextAsync(Path.Combine(_content, "refund-timing.yaml"))).Replace("    overdue_after_days: 7", "\t overdue_after_days: 7", StringComparison.Ordinal);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent("withdraw.yaml"), "file" },
            { new StringContent(string.Empty), "text" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(broken)), "upload", "refund-timing.yaml" },
        };

        using var checkedFile = await lead.Http.PostAsync(new Uri("/agent/knowledge/validate", UriKind.Relative), form);

        var result = WebUtility.HtmlDecode(await checkedFile.Content.ReadAsStringAsync());
        Assert.Matches(@"refund-timing\.yaml:\d+:1", result);
        Assert.Contains("タブ", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_the_console_may_not_write_the_lead_gets_the_change_as_a_patch_and_nothing_changes()
    {
        var content = Directory.CreateTempSubdirectory("supportbot-desk-shared-").FullName;
        foreach (var file in Directory.GetFiles(_content, "*.yaml"))
        {
            File.Copy(file, Path.Combine(content, Path.GetFileName(file)));
        }

        await using var shared = new EscalationHost(extraSettings: new Dictionary<string, string?>
        {
            ["Knowledge:Directory"] = content,
            ["Knowledge:WatchForChanges"] = "false",
            ["Knowledge:ConsoleWritesExamples"] = "false",
            ["Agents:Accounts:0:Lead"] = "true",
        });
        var before = await File.ReadAllTextAsync(Path.Combine(content, "intent-examples.yaml"));
        using var lead = new AgentSession(shared);
        await lead.SignInAsync();
        var page = await lead.Http.GetStringAsync(new Uri("/agent/knowledge", UriKind.Relative));

        using var response = await lead.Http.PostAsync(new Uri("/agent/knowledge/examples", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value),
            ["text"] = Missed,
            ["target"] = "intent:CancelOrder",
        }));

        Assert.Equal("text/x-diff", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"+      - \"{Missed}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(Path.Combine(content, "intent-examples.yaml")));
        Directory.Delete(content, recursive: true);
    }

    [Fact]
    public async Task An_agent_who_is_not_a_lead_cannot_open_the_knowledge_page()
    {
        using var agent = new AgentSession(_host);
        await agent.SignInAsync(EscalationHost.OtherAgentUserName);

        using var response = await agent.Http.GetAsync(new Uri("/agent/knowledge", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Texts(IEnumerable<Microsoft.Bot.Schema.Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    private static string FormFor(string html, string message)
    {
        var at = html.IndexOf($"value=\"{message}\"", StringComparison.Ordinal);
        Assert.True(at > 0, "no example form for the missed message");
        var start = html.LastIndexOf("<form", at, StringComparison.Ordinal);
        return html[start..at];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
