using System.Globalization;
using System.Text;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Knowledge;
using static SupportBot.Bot.Agent.Console.ConsoleHtml;

namespace SupportBot.Bot.Agent.Console;

/// <summary>
/// The console's server-rendered pages. Every value that came from a customer, the store or configuration goes
/// through <see cref="ConsoleHtml.E"/>; the pages' own markup is the only raw HTML.
/// </summary>
public static class ConsolePages
{
    public static string SignIn(string csrf, string? returnUrl, bool failed)
    {
        var error = failed ? "<p class=\"error\" id=\"error\">ユーザー名またはパスワードが違います / Wrong user name or password</p>" : string.Empty;
        return $$"""
            <!doctype html>
            <html lang="ja"><head><meta charset="utf-8"><title>サインイン / Sign in — SupportBot</title>
            <style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:4rem auto}label{display:block;margin:.6rem 0}input{width:100%}.error{color:#b00020}</style></head>
            <body data-page="signin"><h1>担当者コンソール / Agent console</h1>{{error}}
            <form method="post" action="/agent/signin">
            <input type="hidden" name="__RequestVerificationToken" value="{{E(csrf)}}">
            <input type="hidden" name="returnUrl" value="{{E(returnUrl)}}">
            <label>ユーザー名 / User name <input name="userName" autocomplete="username" required></label>
            <label>パスワード / Password <input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">サインイン / Sign in</button>
            </form></body></html>
            """;
    }

    public static string Queue(string agent, string csrf, IReadOnlyList<TicketView> tickets, string? reason, TicketState? state)
    {
        var body = new StringBuilder();
        body.Append("<h1>エスカレーション / Escalations</h1><form method=\"get\" action=\"/agent\" class=\"actions\">");
        body.Append("<label>理由 / Reason <select name=\"reason\"><option value=\"\">すべて / all</option>");
        foreach (var trigger in KnowledgeIds.Triggers.Select(KnowledgeIds.Id))
        {
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(trigger)}\"{(trigger == reason ? " selected" : string.Empty)}>{E(trigger)}</option>");
        }

        body.Append("</select></label><label>状態 / State <select name=\"state\"><option value=\"\">すべて / all</option>");
        foreach (var option in Enum.GetValues<TicketState>())
        {
            var id = StateId(option);
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{id}\"{(option == state ? " selected" : string.Empty)}>{id}</option>");
        }

        body.Append("</select></label><button type=\"submit\">絞り込み / Filter</button></form>");
        body.Append("<table id=\"queue\"><thead><tr><th>受付番号 / Ticket</th><th>状態 / State</th><th>理由 / Reason</th><th>注文番号 / Order</th><th>担当 / Agent</th><th>作成 / Created</th></tr></thead><tbody>");
        foreach (var ticket in tickets)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr data-ticket=\"{ticket.Number}\"><td><a href=\"/agent/tickets/{ticket.Number}\">{E(ticket.TicketId)}</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"state state-{StateId(ticket.State)}\">{StateId(ticket.State)}</td><td>{E(ticket.Reason)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{E(ticket.Payload.Slots.OrderNumber)}</td><td>{E(ticket.AssignedTo)}</td><td>{Time(ticket.CreatedAt)}</td></tr>");
        }

        if (tickets.Count == 0)
        {
            body.Append("<tr><td colspan=\"6\">チケットはありません / No tickets</td></tr>");
        }

        body.Append("</tbody></table>");
        return Layout("Queue", "queue", agent, csrf, body.ToString(), string.Empty, 0);
    }

    public static string Ticket(string agent, string csrf, TicketView ticket, IReadOnlyList<TicketMessage> messages, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(knowledge);
        var p = ticket.Payload;
        var s = p.Slots;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1 id=\"ticket-id\">{E(ticket.TicketId)}</h1>")
            .Append("<div class=\"columns\"><section><h2>チケット / Ticket</h2><dl>")
            .Append(CultureInfo.InvariantCulture, $"<dt>状態 / State</dt><dd><span id=\"ticket-state\" class=\"state state-{StateId(ticket.State)}\">{StateId(ticket.State)}</span> {E(ticket.Resolution)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>担当 / Agent</dt><dd id=\"ticket-assigned\">{E(ticket.AssignedTo)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>理由 / Reason</dt><dd id=\"ticket-reason\">{E(ticket.Reason)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>詳細 / Detail</dt><dd>{E(p.Detail)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>ルール / Rule</dt><dd id=\"ticket-rule\">{E(p.RuleId)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>ナレッジ版 / Knowledge version</dt><dd id=\"ticket-version\">{E(p.KnowledgeVersion)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>言語 / Language</dt><dd>{E(p.Language)}</dd><dt>チャネル / Channel</dt><dd>{E(p.ChannelId)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>作成 / Created</dt><dd>{Time(ticket.CreatedAt)}</dd><dt>更新 / Updated</dt><dd>{Time(ticket.UpdatedAt)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Webhook</dt><dd>{E(ticket.WebhookStatus)}</dd></dl></section>")
            .Append("<section><h2>注文 / Order</h2><dl id=\"slots\">")
            .Append(CultureInfo.InvariantCulture, $"<dt>用件 / Topic</dt><dd>{E(s.Topic)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>注文番号 / Order number</dt><dd id=\"slot-order\">{E(s.OrderNumber)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>状況 / Stage</dt><dd>{E(Label(s.Stage, id => KnowledgeIds.TryParseStage(id, out var v) ? knowledge.StageInfo(v).Label.Ja : null))}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>販売元 / Seller</dt><dd>{E(Label(s.Seller, id => KnowledgeIds.TryParseSeller(id, out var v) ? knowledge.SellerInfo(v).Label.Ja : null))}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>支払い / Payment</dt><dd>{E(Label(s.PaymentMethod, id => KnowledgeIds.TryParsePayment(id, out var v) ? knowledge.RefundTimingFor(v).Label.Ja : null))}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>日付 / Date</dt><dd>{E(s.Date)}{(s.DaysAgo is { } d ? E($" ({d} days ago)") : string.Empty)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>失敗理由 / Failure</dt><dd>{E(s.FailureCause)}</dd><dt>拒否理由 / Rejection</dt><dd>{E(s.Rejection)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>質問 / Question</dt><dd>{E(s.Question)}</dd><dt>注文システム / From order system</dt><dd>{(s.FromOrderSystem ? "yes" : "no")}</dd>")
            .Append("</dl></section></div>");

        body.Append("<div class=\"columns\"><section><h2>会話履歴 / Transcript</h2><ol class=\"transcript\" id=\"transcript\">");
        foreach (var line in p.Transcript)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li class=\"from-{E(line.From)}\"><span class=\"who-said\">{E(line.From)} · {Time(line.At)}</span><span class=\"text\">{E(line.Text)}</span></li>");
        }

        body.Append("</ol></section><section><h2>チャット / Live chat</h2><p id=\"error\" class=\"error\"></p><ol class=\"chat\" id=\"chat\">");
        foreach (var message in messages)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li class=\"from-{E(message.Sender)}\" data-seq=\"{message.Sequence}\"><span class=\"who-said\">{E(message.SenderName ?? message.Sender)} · {Time(message.At)}</span><span class=\"text\">{E(message.Text)}</span></li>");
        }

        body.Append("</ol><div class=\"actions\">")
            .Append(CultureInfo.InvariantCulture, $"<button id=\"take-over\" type=\"button\"{(ticket.State == TicketState.Queued ? string.Empty : " disabled")}>対応する / Take over</button>")
            .Append(CultureInfo.InvariantCulture, $"<button id=\"resolve\" type=\"button\"{(ticket.IsOpen ? string.Empty : " disabled")}>解決してボットに戻す / Resolve &amp; hand back</button></div>")
            .Append("<form id=\"send-form\"><textarea id=\"send-text\" aria-label=\"message\"></textarea><button type=\"submit\">送信 / Send</button></form>")
            .Append("</section></div>");
        var lastSeq = messages.Count == 0 ? 0 : messages[^1].Sequence;
        return Layout(ticket.TicketId, "ticket", agent, csrf, body.ToString(), ticket.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), lastSeq);
    }

    public static string StateId(TicketState state) => state.ToString().ToLowerInvariant();

    private static string Layout(string title, string page, string agent, string csrf, string body, string ticket, long lastSeq) => $$"""
        <!doctype html>
        <html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="{{E(csrf)}}"><title>{{E(title)}} — SupportBot</title>
        <link rel="stylesheet" href="/agent/assets/console.css"><script src="/agent/assets/console.js" defer></script></head>
        <body data-page="{{page}}" data-ticket="{{E(ticket)}}" data-last-seq="{{lastSeq}}" data-agent="{{E(agent)}}">
        <header><a href="/agent">SupportBot 担当者コンソール / Agent console</a><span class="who" id="agent-name">{{E(agent)}}</span>
        <form method="post" action="/agent/signout"><input type="hidden" name="__RequestVerificationToken" value="{{E(csrf)}}"><button type="submit">サインアウト / Sign out</button></form></header>
        <main>{{body}}</main></body></html>
        """;

    private static string? Label(string? id, Func<string, string?> label) =>
        id is null ? null : label(id) is { } text ? $"{text} ({id})" : id;
}
