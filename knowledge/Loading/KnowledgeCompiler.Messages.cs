using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Loading;

/// <summary>messages.yaml (placeholders checked), escalation.yaml (thresholds, message keys) and recognizer.yaml.</summary>
internal sealed partial class KnowledgeCompiler
{
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
                _messageNodes[key] = value;
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

    /// <summary>
    /// The code's side of the contract: every key in <see cref="MessageKeys"/> is present, and its text uses only the
    /// placeholders the code fills. A key the code does not know next to a missing one is reported as a rename, at its line.
    /// </summary>
    private void CheckMessageContract(MessageCatalog messages, EscalationPolicy escalation)
    {
        var referenced = escalation.Rules.Values.Select(r => r.MessageKey).ToHashSet(StringComparer.Ordinal);
        var strangers = _messageNodes.Keys.Where(k => !MessageKeys.IsDeclared(k) && !referenced.Contains(k)).ToList();
        var first = _messageFiles.OrderBy(f => f.Path, StringComparer.Ordinal).First();
        foreach (var key in MessageKeys.All)
        {
            if (!messages.Contains(key.Name))
            {
                var renamed = LikelyRename(key.Name, strangers);
                if (renamed is not null)
                {
                    strangers.Remove(renamed);
                    _messageNodes[renamed].Error(ValidationMessages.RenamedMessage(renamed, key.Name));
                }
                else
                {
                    NodeReader.Root(first, _errors)["messages"].Error(ValidationMessages.MissingEntry("message", key.Name));
                }

                continue;
            }

            foreach (var name in messages.Template(key.Name).Params.Where(p => !key.Params.Contains(p, StringComparer.Ordinal)))
            {
                _messageNodes[key.Name]["params"].Error(ValidationMessages.PlaceholderNotFilled(key.Name, name, key.Params));
            }
        }
    }

    // The same group (text before the first dot), one name inside the other, or at most a third of the name changed.
    private static string? LikelyRename(string missing, IReadOnlyList<string> candidates)
    {
        var group = missing.Split('.')[0];
        return candidates
            .Select(c => (Name: c, Distance: EditDistance(missing, c)))
            .Where(c => c.Name.StartsWith(group + ".", StringComparison.Ordinal)
                || c.Name.Contains(missing, StringComparison.Ordinal) || missing.Contains(c.Name, StringComparison.Ordinal)
                || c.Distance <= Math.Max(2, missing.Length / 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    private static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
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
            root.Has("frustration") ? root["frustration"].AsPhrases() : Phrases.None,
            ReadActs(root),
            root.Has("out_of_scope")
                ? root["out_of_scope"].Properties().Select(p => new OutOfScopeTopic(p.Key, p.Value.Text("label"), p.Value.AsPhrases())).ToList()
                : [],
            root.Has("readings")
                ? root["readings"].Properties().ToDictionary(p => p.Key, p => root["readings"].Strings(p.Key), StringComparer.Ordinal)
                : new Dictionary<string, IReadOnlyList<string>>())
        {
            NotFacts = root.Has("not_facts") ? root["not_facts"].AsPhrases() : Phrases.None,
            OtherPayments = root.Has("other_payments") ? root["other_payments"].AsPhrases() : Phrases.None,
        };
    }

    private static RecognizerActs ReadActs(NodeReader root)
    {
        if (!root.Has("acts"))
        {
            return RecognizerActs.Empty;
        }

        var acts = root["acts"];
        Phrases Read(string name) => acts.Has(name) ? acts[name].AsPhrases() : Phrases.None;
        return new RecognizerActs(Read("question"), Read("change_of_mind"), Read("correction"), Read("thanks"), Read("bye"), Read("acknowledge"), Read("person"), Read("seller_silent"), Read("refund_when"), Read("no_need"), Read("another_order"), Read("already_done"), Read("money_missing"), Read("explains"));
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
