using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Loading;

/// <summary>Builds a snapshot from schema-checked files, checking what a schema cannot (coverage, overlaps, references).</summary>
internal sealed partial class KnowledgeCompiler
{
    private readonly List<KnowledgeError> _errors;
    private readonly Dictionary<string, SourceFile> _files = new(StringComparer.Ordinal);
    private readonly List<SourceFile> _messageFiles = [];
    private readonly Dictionary<string, NodeReader> _messageNodes = new(StringComparer.Ordinal);

    private KnowledgeCompiler(List<KnowledgeError> errors) => _errors = errors;

    public static KnowledgeSnapshot? Compile(
        IReadOnlyList<SourceFile> files,
        string directoryDisplay,
        string contentHash,
        List<KnowledgeError> errors)
    {
        var compiler = new KnowledgeCompiler(errors);
        return compiler.Index(files, directoryDisplay) ? compiler.Build(contentHash) : null;
    }

    private bool Index(IReadOnlyList<SourceFile> files, string directoryDisplay)
    {
        foreach (var file in files)
        {
            if (KnowledgeKinds.AllowsSeveralFiles(file.Kind))
            {
                _messageFiles.Add(file);
            }
            else if (_files.TryGetValue(file.Kind, out var other))
            {
                _errors.Add(file.Error(string.Empty, ValidationMessages.DuplicateFile(file.Kind, other.DisplayPath)));
            }
            else
            {
                _files[file.Kind] = file;
            }
        }

        var complete = true;
        foreach (var kind in KnowledgeKinds.All)
        {
            if (!_files.ContainsKey(kind) && !(kind == KnowledgeKinds.Messages && _messageFiles.Count > 0))
            {
                var message = ValidationMessages.MissingFile(kind);
                _errors.Add(new KnowledgeError(Path.Combine(directoryDisplay, kind + ".yaml"), 1, 1, message.Ja, message.En));
                complete = false;
            }
        }

        return complete && _errors.Count == 0;
    }

    private ContentContext? _content;

    // Content texts get the content's numbers and `see:` texts filled in; the other kinds are read as written.
    private NodeReader Root(string kind) =>
        NodeReader.Root(_files[kind], _errors, KnowledgeKinds.Content.Contains(kind) ? _content : null);

    /// <summary>The node a section id ("procedures.shipping_cost") names, or null.</summary>
    private NodeReader? FindSection(string id)
    {
        var dot = id.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !KnowledgeKinds.Content.Contains(id[..dot]))
        {
            return null;
        }

        var root = Root(id[..dot]);
        return root.Has(id[(dot + 1)..]) ? root[id[(dot + 1)..]] : null;
    }

    private KnowledgeSnapshot? Build(string contentHash)
    {
        _content = new ContentContext(ReadThresholds(), FindSection);
        var messages = ReadMessages();
        var procedures = ReadProcedures(out var procedureNotes);
        var failures = ReadFailures(procedures);
        var (stages, sellers, rules, coverage) = ReadRules(failures, procedures);
        var timings = ReadRefundTimings();
        var marketplace = ReadMarketplace();
        var escalation = ReadEscalation(messages, marketplace);
        var rejections = ReadRejections(procedures);
        var faq = ReadFaq();
        var menu = ReadMenu();
        var vocabulary = ReadVocabulary();
        var withdraw = ReadWithdraw();
        var refundStatus = ReadRefundStatus();
        var answers = ReadAnswers();
        var store = ReadStore();
        CheckMessageContract(messages, escalation);
        CheckIdContract();

        // Sections read the same texts again: only once the typed reading found nothing to report twice.
        var sections = _errors.Count == 0 ? ReadSections() : [];
        CheckShows(sections);
        if (_errors.Count > 0)
        {
            return null;
        }

        var fileVersions = _files.Values.Concat(_messageFiles)
            .OrderBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f.Path), f => f.Version, StringComparer.Ordinal);
        var version = contentHash + ";" + string.Join(';', fileVersions.Select(kv => $"{kv.Key}={kv.Value}"));

        var decisions = new Decision[KnowledgeSnapshot.DecisionCount];
        foreach (var stage in KnowledgeIds.Stages)
        {
            foreach (var seller in KnowledgeIds.Sellers)
            {
                var rule = coverage[(stage, seller)];
                decisions[KnowledgeSnapshot.DecisionIndex(stage, seller, null)] = new Decision(stage, seller, null, rule, null, version);
                foreach (var payment in KnowledgeIds.Payments)
                {
                    decisions[KnowledgeSnapshot.DecisionIndex(stage, seller, payment)] =
                        new Decision(stage, seller, payment, rule, timings[(int)payment], version);
                }
            }
        }

        var snapshot = new KnowledgeSnapshot(
            version, contentHash, fileVersions, stages, sellers, rules, decisions, timings, failures, rejections, withdraw,
            refundStatus, procedures, procedureNotes, marketplace, faq, escalation, messages, vocabulary, menu, sections,
            _content.SeenFrom.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)[.. kv.Value.Order(StringComparer.Ordinal)], StringComparer.Ordinal),
            answers,
            store);
        CheckAnswers(snapshot);
        return _errors.Count == 0 ? snapshot : null;
    }

    /// <summary>Reports every repeated id at its later occurrence, naming the line of the first.</summary>
    private static void CheckUnique(IEnumerable<NodeReader> items, string idKey = "id")
    {
        var seen = new Dictionary<string, NodeReader>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var id = item.String(idKey);
            if (seen.TryGetValue(id, out var first))
            {
                item[idKey].Error(ValidationMessages.DuplicateId(id, first.Line));
            }
            else
            {
                seen[id] = item;
            }
        }
    }
}
