using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Knowledge;

namespace SupportBot.Testing.Stories;

/// <summary>
/// Plays a story against the bot line by line and checks each reply on substance: answered at all, understood, not
/// closed on a follow-up, no fact asked again, the outcome, the words of substance, a person offered, the topic
/// declined. Reads the bot's marker entities (supportbot/step, outcome, escalation, notUnderstood, outOfScope,
/// clarify), never its wording, except for the writers' words of substance.
/// </summary>
public sealed class StoryRunner
{
    // Which fact a question asks for, by the question's knowledge key (supportbot/step).
    private static readonly Dictionary<string, string> SlotOfStep = new(StringComparer.Ordinal)
    {
        ["cancel.ask_order_number"] = "order_number",
        ["cancel.ask_stage"] = "order_status",
        ["cancel.ask_seller"] = "seller",
        ["cancel.ask_payment"] = "payment",
        ["refund.ask_payment"] = "payment",
        ["refund.ask_when"] = "days",
    };

    private static readonly string[] PersonWords = ["担当者", "オペレーター", "スタッフ", "有人", "person", "agent", "staff", "human"];

    private readonly StoryChannel _channel;
    private readonly KnowledgeSnapshot _knowledge;

    public StoryRunner(StoryChannel channel, KnowledgeSnapshot knowledge)
    {
        _channel = channel;
        _knowledge = knowledge;
    }

    public async Task<StoryVerdict> RunAsync(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var say = _channel(story.Locale);
        var given = new HashSet<string>(StringComparer.Ordinal);
        var outcomesSoFar = new List<string>();
        var pendingQuestion = false;
        var verdicts = new List<TurnVerdict>();
        for (var i = 0; i < story.Turns.Count; i++)
        {
            var turn = story.Turns[i];
            var replies = await say(turn.Say).ConfigureAwait(false);
            given.UnionWith(turn.Expect.NeverAsk);
            var categories = Categorize(turn, i, pendingQuestion, outcomesSoFar.Count > 0);
            var failures = new List<string>();
            var confidentWrong = Check(turn, replies, story.Language, given, outcomesSoFar, failures);
            var outcomes = Outcomes(replies).ToList();
            outcomesSoFar.AddRange(outcomes);
            pendingQuestion = replies.Any(r => Entity(r, "supportbot/step") is not null);
            verdicts.Add(new TurnVerdict(i, turn.Say, categories, failures, confidentWrong, replies.Any(r => Entity(r, "supportbot/clarify") is not null), Describe(replies)));
        }

        return new StoryVerdict(story, verdicts);
    }

    /// <summary>The categories a line counts in, from its acts and where it falls in the conversation.</summary>
    public static IReadOnlyList<string> Categorize(StoryTurn turn, int index, bool atQuestion, bool afterOutcome)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var categories = new List<string>();
        if (index == 0)
        {
            categories.Add("opening");
        }

        if (turn.Has("question"))
        {
            categories.Add(index == 0 && !turn.Has("fact") ? "general-question" : "question");
        }

        if (atQuestion && (turn.Has("correction") || turn.Has("change_of_mind") || turn.Has("question") || turn.Has("out_of_scope") || turn.Has("person") || turn.Has("complaint")))
        {
            categories.Add("off-slot-at-question");
        }

        if (turn.Has("correction"))
        {
            categories.Add("correction");
        }

        if (turn.Has("change_of_mind"))
        {
            categories.Add("change-of-mind");
        }

        if (turn.Has("out_of_scope"))
        {
            categories.Add("out-of-scope");
        }

        if (turn.Has("fact"))
        {
            categories.Add("facts");
        }

        if (afterOutcome && (turn.Has("request") || turn.Has("question") || turn.Has("fact")))
        {
            categories.Add("follow-up");
        }

        if (turn.Has("complaint"))
        {
            categories.Add("complaint");
        }

        if (turn.Has("person"))
        {
            categories.Add("person");
        }

        return categories;
    }

    private bool Check(StoryTurn turn, IReadOnlyList<IMessageActivity> replies, string language, HashSet<string> given, List<string> outcomesSoFar, List<string> failures)
    {
        if (replies.Count == 0)
        {
            failures.Add("the bot said nothing");
            return false;
        }

        // An answer given as such: an outcome, an FAQ entry, or a part of the knowledge answering a question in passing.
        var answered = replies.Any(r => Entity(r, "supportbot/outcome") is not null || Entity(r, "supportbot/answer") is not null);
        if (turn.Acts.Count > 0 && replies.Any(r => Entity(r, "supportbot/notUnderstood") is not null))
        {
            failures.Add("not understood");
        }

        var closes = new[] { MessageKeys.NavThanks, MessageKeys.NavGoodbye }.Select(k => _knowledge.Text(k, language));
        if (!turn.Has("thanks") && !turn.Has("bye") && !turn.Has("change_of_mind") && !turn.Has("no")
            && replies.Any(r => closes.Any(c => r.Text?.Contains(c, StringComparison.Ordinal) == true)))
        {
            failures.Add("closed the conversation on a line that asks for more");
        }

        foreach (var slot in replies.Select(r => Entity(r, "supportbot/step")?["step"]?.ToString()).OfType<string>()
            .Select(s => SlotOfStep.GetValueOrDefault(s)).OfType<string>().Where(given.Contains).Distinct())
        {
            failures.Add("asked for " + slot + ", which the customer had already given");
        }

        var confidentWrong = false;
        if (turn.Expect.Outcome is { } expected)
        {
            var outcomes = Outcomes(replies).ToList();
            if (outcomes.Count > 0 && !outcomes.Contains(expected) && !(expected == "escalate" && replies.Any(r => Entity(r, "supportbot/escalation") is not null)))
            {
                failures.Add($"outcome {string.Join("/", outcomes)} where {expected} was right");
                confidentWrong = true;
            }
            else if (outcomes.Count == 0 && !outcomesSoFar.Contains(expected))
            {
                failures.Add("no outcome where " + expected + " was right");
            }
        }

        var text = Normalize(string.Join("\n", replies.Select(r => r.Text + "\n" + string.Join(" ", r.SuggestedActions?.Actions?.Select(a => a.Title) ?? []))));
        if (turn.Expect.MentionsAny.Count > 0 && !turn.Expect.MentionsAny.Any(m => text.Contains(Normalize(m), StringComparison.Ordinal)))
        {
            failures.Add("mentions none of " + string.Join(" / ", turn.Expect.MentionsAny));
            confidentWrong |= answered;
        }

        foreach (var wrong in turn.Expect.MentionsNone.Where(m => text.Contains(Normalize(m), StringComparison.Ordinal)))
        {
            failures.Add("says \"" + wrong + "\", wrong for this case");
            confidentWrong = true;
        }

        if (turn.Expect.OffersPerson && !replies.Any(r => Entity(r, "supportbot/escalation") is not null) && !PersonWords.Any(w => text.Contains(Normalize(w), StringComparison.Ordinal)))
        {
            failures.Add("no person offered");
        }

        if (turn.Expect.DeclinesTopic && !replies.Any(r => Entity(r, "supportbot/outOfScope") is not null))
        {
            failures.Add("the topic was not declined as outside this chat");
        }

        return confidentWrong;
    }

    private static IEnumerable<string> Outcomes(IEnumerable<IMessageActivity> replies) =>
        replies.Select(r => Entity(r, "supportbot/outcome")?["outcome"]?.ToString()).OfType<string>().Where(o => o != "info");

    private static JObject? Entity(IMessageActivity activity, string type) =>
        activity.Entities?.FirstOrDefault(e => e.Type == type) is { } entity ? JObject.FromObject(entity.Properties) : null;

    /// <summary>Width, case and tilde or dash variants folded, whitespace dropped: 「３〜５営業日」 matches 「3～5 営業日」.</summary>
    public static string Normalize(string? text)
    {
        var folded = (text ?? string.Empty).Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || c == '*')
            {
                continue;
            }

            builder.Append(c switch
            {
                '〜' or '~' or '∼' => '~',
                '‐' or '‑' or '–' or '—' or '―' => '-',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static string Describe(IReadOnlyList<IMessageActivity> replies) => string.Join(
        " | ",
        replies.Select(r => r.Text + (r.SuggestedActions?.Actions is { Count: > 0 } actions ? " [" + string.Join(", ", actions.Select(a => a.Title)) + "]" : "")
            + (r.Entities is { Count: > 0 } entities ? " {" + string.Join(", ", entities.Select(e => e.Type + (e.Properties?["outcome"] is { } o ? ":" + o : e.Properties?["step"] is { } s ? ":" + s : ""))) + "}" : "")));
}
