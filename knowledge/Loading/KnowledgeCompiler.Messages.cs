using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Loading;

/// <summary>messages.yaml (placeholders checked), escalation.yaml (thresholds, message keys) and recognizer.yaml.</summary>
internal sealed partial class KnowledgeCompiler
{
    /// <summary>Keys the knowledge base itself relies on; the dialogs' own keys are checked by their tests.</summary>
    internal static IReadOnlyList<string> RequiredMessageKeys { get; } =
    [
        "welcome.greeting", "outcome.steps_header", "outcome.cautions_header", "outcome.if_fails_header", "outcome.warning_header",
        "outcome.refund_timing", "unit.business_days", "unit.days", "escalation.placeholder", "not_understood.first",
        "not_understood.second", "error.turn", "error.state_reset",
        .. KnowledgeIds.Outcomes.Select(o => "outcome.headline." + KnowledgeIds.Id(o)),
    ];

    private MessageCatalog ReadMessages()
    {
        var templates = new Dictionary<string, MessageTemplate>(StringComparer.Ordinal);
        var origins = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var file in _messageFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            foreach (var (key, value) in NodeReader.Root(file, _errors)["messages"].Properties())
            {
                if (origins.TryGetValue(key, out var other))
                {
                    value.Error(ValidationMessages.DuplicateMessage(key, other.DisplayPath));
                    continue;
                }

                var text = value.AsText();
                var parameters = value.Strings("params");
                CheckPlaceholders(value, text, parameters);
                templates[key] = new MessageTemplate(key, text, parameters);
                origins[key] = file;
            }
        }

        return new MessageCatalog(templates);
    }

    private static void CheckPlaceholders(NodeReader value, LocalizedText text, IReadOnlyList<string> parameters)
    {
        var ja = MessageCatalog.PlaceholdersIn(text.Ja);
        var en = MessageCatalog.PlaceholdersIn(text.En);
        foreach (var (names, language) in new[] { (ja, "ja"), (en, "en") })
        {
            foreach (var name in names.Distinct().Where(n => !parameters.Contains(n)))
            {
                value[language].Error(ValidationMessages.UnknownPlaceholder(name, language));
            }
        }

        foreach (var name in ja.Intersect(parameters).Except(en).Distinct())
        {
            value["en"].Error(ValidationMessages.PlaceholderMismatch(name, "ja", "en"));
        }

        foreach (var name in en.Intersect(parameters).Except(ja).Distinct())
        {
            value["ja"].Error(ValidationMessages.PlaceholderMismatch(name, "en", "ja"));
        }
    }

    private void CheckRequiredMessages(MessageCatalog messages)
    {
        var first = _messageFiles.OrderBy(f => f.Path, StringComparer.Ordinal).First();
        foreach (var key in RequiredMessageKeys.Where(k => !messages.Contains(k)))
        {
            NodeReader.Root(first, _errors)["messages"].Error(ValidationMessages.MissingEntry("message", key));
        }
    }

    private EscalationPolicy ReadEscalation(MessageCatalog messages, MarketplaceGuide marketplace)
    {
        var root = Root(KnowledgeKinds.Escalation);
        CheckUnique(root.Items("triggers"));
        var rules = new Dictionary<EscalationTrigger, EscalationRule>();
        foreach (var item in root.Items("triggers"))
        {
            if (!KnowledgeIds.TryParseTrigger(item.String("id"), out var trigger) || rules.ContainsKey(trigger))
            {
                continue;
            }

            foreach (var threshold in RequiredThresholds(trigger))
            {
                if ((item.Int(threshold) ?? 0) <= 0)
                {
                    (item.Has(threshold) ? item[threshold] : item).Error(ValidationMessages.ThresholdRequired(threshold));
                }
            }

            var key = item.String("message");
            LocalizedText message;
            if (messages.Contains(key))
            {
                message = messages.Template(key).Text;
            }
            else
            {
                item["message"].Error(ValidationMessages.DanglingReference("message key", key, "messages.yaml"));
                message = new LocalizedText(key, key);
            }

            rules[trigger] = new EscalationRule(
                trigger,
                item.Text("when"),
                item.Int("days_past_limit"),
                trigger == EscalationTrigger.SellerSilent ? marketplace.RecontactAfterHours : null,
                item.Int("contacts"), item.Int("count"), key, message);
        }

        foreach (var trigger in KnowledgeIds.Triggers.Where(t => !rules.ContainsKey(t)))
        {
            root["triggers"].Error(ValidationMessages.MissingEntry("escalation trigger", KnowledgeIds.Id(trigger)));
        }

        return new EscalationPolicy(rules);
    }

    private static string[] RequiredThresholds(EscalationTrigger trigger) => trigger switch
    {
        EscalationTrigger.RefundOverdue => ["days_past_limit"],
        EscalationTrigger.SellerSilent => ["contacts"],
        EscalationTrigger.InvalidOrderNumber or EscalationTrigger.NotUnderstood => ["count"],
        _ => [],
    };

    private RecognizerVocabulary ReadVocabulary()
    {
        var root = Root(KnowledgeKinds.Recognizer);
        var intents = root["intents"].Properties().ToDictionary(p => p.Key, p => p.Value.AsPhrases(), StringComparer.Ordinal);
        var stages = KnowledgeIds.Stages.ToDictionary(s => s, s => root["stages"][KnowledgeIds.Id(s)].AsPhrases());
        var sellers = KnowledgeIds.Sellers.ToDictionary(s => s, s => root["sellers"][KnowledgeIds.Id(s)].AsPhrases());
        var payments = KnowledgeIds.Payments.ToDictionary(p => p, p => root["payments"][KnowledgeIds.Id(p)].AsPhrases());
        return new RecognizerVocabulary(
            intents, stages, sellers, payments, root["unknown"].AsPhrases(), root["confirm"]["yes"].AsPhrases(), root["confirm"]["no"].AsPhrases(),
            ReadExamples(),
            root.Has("frustration") ? root["frustration"].AsPhrases() : new Phrases([], []));
    }

    /// <summary>An example under two intents would teach the classifier both; it is reported where it is listed again.</summary>
    private IntentExamples ReadExamples()
    {
        var root = Root(KnowledgeKinds.IntentExamples);
        var intents = new Dictionary<string, Phrases>(StringComparer.Ordinal);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (intent, node) in root["intents"].Properties())
        {
            foreach (var language in (string[])["ja", "en"])
            {
                foreach (var item in node.Items(language))
                {
                    var text = (item.Node?.ToString() ?? string.Empty).Normalize(System.Text.NormalizationForm.FormKC).Trim().ToUpperInvariant();
                    if (seen.TryGetValue(text, out var first) && first != intent)
                    {
                        item.Error(ValidationMessages.ExampleUnderTwoIntents(item.Node?.ToString() ?? string.Empty, first));
                    }

                    seen.TryAdd(text, intent);
                }
            }

            intents[intent] = node.AsPhrases();
        }

        var threshold = root["min_confidence"].Node is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<double>(out var number) ? number : 0.4;
        return new IntentExamples(intents, threshold);
    }
}
