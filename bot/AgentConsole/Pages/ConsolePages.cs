using System.Globalization;
using System.Text;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Knowledge;
using static SupportBot.Bot.AgentConsole.Pages.ConsoleHtml;

namespace SupportBot.Bot.AgentConsole.Pages;

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
            <html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>サインイン / Sign in — SupportBot</title>
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

    public static string Queue(string agent, string csrf, QueueView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new StringBuilder();
        body.Append("<h1>エスカレーション / Escalations</h1><p class=\"hint\">待っている順（古い順）/ Oldest first, in the order customers are answered</p>");
        body.Append("<form method=\"get\" action=\"/agent\" class=\"actions filters\">");
        body.Append("<label>理由 / Reason <select name=\"reason\"><option value=\"\">すべて / all</option>");
        foreach (var trigger in KnowledgeIds.Triggers.Select(KnowledgeIds.Id))
        {
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(trigger)}\"{(trigger == view.Reason ? " selected" : string.Empty)}>{E(ConsoleLabels.Reason(view.Knowledge, trigger))}</option>");
        }

        body.Append("</select></label><label>状態 / State <select name=\"state\"><option value=\"\">すべて / all</option>");
        foreach (var option in Enum.GetValues<TicketState>())
        {
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{StateId(option)}\"{(option == view.State ? " selected" : string.Empty)}>{E(ConsoleLabels.State(option))}</option>");
        }

        body.Append("</select></label><button type=\"submit\">絞り込み / Filter</button>")
            .Append("<button type=\"button\" id=\"notify\" hidden>新着を通知 / Notify me of new tickets</button></form>");
        body.Append("<table id=\"queue\" class=\"stack\"><thead><tr><th>受付番号 / Ticket</th><th>状態 / State</th><th>待ち時間 / Waiting</th><th>最後のメッセージ / Last message</th><th>理由 / Reason</th><th>注文番号 / Order</th><th>担当 / Agent</th><th>受付 / Created</th></tr></thead><tbody>");
        foreach (var ticket in view.Tickets)
        {
            var waiting = ticket.State == TicketState.Queued ? view.Time.Wait(ticket.CreatedAt) : string.Empty;
            body.Append(CultureInfo.InvariantCulture, $"<tr data-ticket=\"{ticket.Number}\"><td data-label=\"受付番号\"><a href=\"/agent/tickets/{ticket.Number}\">{E(ticket.TicketId)}</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td data-label=\"状態\" class=\"state state-{StateId(ticket.State)}\">{E(ConsoleLabels.State(ticket.State))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td data-label=\"待ち時間\" class=\"waiting\">{E(waiting)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td data-label=\"最後のメッセージ\" class=\"preview\">{E(ticket.IsOpen ? view.Preview(ticket) : null)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td data-label=\"理由\">{E(ConsoleLabels.Reason(view.Knowledge, ticket.Reason))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td data-label=\"注文番号\">{E(ticket.Payload.Slots.OrderNumber)}</td><td data-label=\"担当\">{E(ticket.AssignedTo)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td data-label=\"受付\"><time datetime=\"{ticket.CreatedAt.ToUniversalTime():O}\">{E(view.Time.Format(ticket.CreatedAt))}</time></td></tr>");
        }

        if (view.Tickets.Count == 0)
        {
            body.Append("<tr><td colspan=\"8\">チケットはありません / No tickets</td></tr>");
        }

        body.Append("</tbody></table>");
        var newest = view.Tickets.Count == 0 ? 0 : view.Tickets.Max(t => t.Number);
        return Layout("Queue", "queue", agent, csrf, body.ToString(), string.Empty, newest, view.Time.Zone.Id);
    }

    public static string Ticket(string agent, string csrf, TicketView ticket, IReadOnlyList<TicketMessage> messages, KnowledgeSnapshot knowledge, ConsoleTime time, IReadOnlyList<(string UserName, string DisplayName)> agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(time);
        string Time(DateTimeOffset at) => E(time.Format(at));
        var p = ticket.Payload;
        var s = p.Slots;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1 id=\"ticket-id\">{E(ticket.TicketId)}</h1>")
            .Append("<div class=\"columns\"><section><h2>チケット / Ticket</h2><dl>")
            .Append(CultureInfo.InvariantCulture, $"<dt>状態 / State</dt><dd><span id=\"ticket-state\" class=\"state state-{StateId(ticket.State)}\" data-state=\"{StateId(ticket.State)}\">{E(ConsoleLabels.State(ticket.State))}</span> {E(ConsoleLabels.Resolution(ticket.Resolution))}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>担当 / Agent</dt><dd id=\"ticket-assigned\">{E(ticket.AssignedTo)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>理由 / Reason</dt><dd id=\"ticket-reason\" data-reason=\"{E(ticket.Reason)}\">{E(ConsoleLabels.Reason(knowledge, ticket.Reason))}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>詳細 / Detail</dt><dd>{E(p.Detail)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>ルール / Rule</dt><dd id=\"ticket-rule\" data-rule=\"{E(p.RuleId)}\">{E(ConsoleLabels.Rule(knowledge, p.RuleId))}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>言語 / Language</dt><dd>{E(p.Language)}</dd><dt>チャネル / Channel</dt><dd>{E(p.ChannelId)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>作成 / Created</dt><dd>{Time(ticket.CreatedAt)}</dd><dt>更新 / Updated</dt><dd>{Time(ticket.UpdatedAt)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Webhook</dt><dd>{E(ticket.WebhookStatus)}</dd></dl>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"version\">ナレッジ版 / Knowledge version <span id=\"ticket-version\">{E(p.KnowledgeVersion)}</span></p></section>")
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
            .Append("<label>対応結果 / Disposition <select id=\"disposition\"><option value=\"\">—</option>");
        foreach (var disposition in Dispositions.All)
        {
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(disposition)}\">{E(Dispositions.Label(disposition))}</option>");
        }

        body.Append("</select></label>")
            .Append(CultureInfo.InvariantCulture, $"<button id=\"resolve\" type=\"button\"{(ticket.IsOpen ? string.Empty : " disabled")}>解決してボットに戻す / Resolve &amp; hand back</button>")
            .Append("<label>引き継ぐ / Transfer to <select id=\"transfer-to\"><option value=\"\">—</option>");
        foreach (var (userName, displayName) in agents.Where(a => !string.Equals(a.UserName, agent, StringComparison.OrdinalIgnoreCase)))
        {
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(userName)}\">{E(displayName)}</option>");
        }

        body.Append("</select></label><button id=\"transfer\" type=\"button\">引き継ぐ / Transfer</button></div>");
        var canned = knowledge.Store.CannedReplies;
        if (canned.Count > 0)
        {
            body.Append("<label>定型文 / Canned reply <select id=\"canned\"><option value=\"\">—</option>");
            foreach (var reply in canned)
            {
                body.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(reply.Text.For(p.Language))}\">{E(reply.Title.Ja)} / {E(reply.Title.En)}</option>");
            }

            body.Append("</select></label>");
        }

        body.Append("<form id=\"send-form\"><textarea id=\"send-text\" aria-label=\"message\"></textarea><button type=\"submit\">送信 / Send</button></form>")
            .Append("<form id=\"note-form\"><textarea id=\"note-text\" aria-label=\"internal note\" placeholder=\"メモ（お客様には見えません）/ Internal note (the customer never sees it)\"></textarea><button type=\"submit\">メモを残す / Add note</button></form>")
            .Append("</section></div>");
        var lastSeq = messages.Count == 0 ? 0 : messages[^1].Sequence;
        return Layout(ticket.TicketId, "ticket", agent, csrf, body.ToString(), ticket.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), lastSeq, time.Zone.Id);
    }

    public static string StateId(TicketState state) => state.ToString().ToLowerInvariant();

    private static string Layout(string title, string page, string agent, string csrf, string body, string ticket, long lastSeq, string timeZone) => $$"""
        <!doctype html>
        <html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="{{E(csrf)}}"><title>{{E(title)}} — SupportBot</title>
        <link rel="stylesheet" href="/agent/assets/console.css"><script src="/agent/assets/console.js" defer></script></head>
        <body data-page="{{page}}" data-ticket="{{E(ticket)}}" data-last-seq="{{lastSeq}}" data-agent="{{E(agent)}}" data-time-zone="{{E(timeZone)}}">
        <header><a href="/agent">SupportBot 担当者コンソール / Agent console</a><span class="who" id="agent-name">{{E(agent)}}</span>
        <form method="post" action="/agent/signout"><input type="hidden" name="__RequestVerificationToken" value="{{E(csrf)}}"><button type="submit">サインアウト / Sign out</button></form></header>
        <main>{{body}}</main></body></html>
        """;

    private static string? Label(string? id, Func<string, string?> label) =>
        id is null ? null : label(id) is { } text ? $"{text} ({id})" : id;
}
