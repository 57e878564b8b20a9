namespace SupportBot.Knowledge;

/// <summary>
/// One compiled, immutable version of the knowledge files. Decisions are precomputed for every
/// stage × seller × payment (and "payment unknown"), so <see cref="Decide"/> is an array index.
/// </summary>
public sealed class KnowledgeSnapshot
{
    private readonly Decision[] _decisions;
    private readonly RefundTiming[] _refundTimings;

    internal KnowledgeSnapshot(
        string version,
        string contentHash,
        IReadOnlyDictionary<string, string> fileVersions,
        IReadOnlyList<StageInfo> stages,
        IReadOnlyList<SellerInfo> sellers,
        IReadOnlyList<DecisionRule> rules,
        Decision[] decisions,
        RefundTiming[] refundTimings,
        FailureGuide failures,
        IReadOnlyList<Rejection> rejections,
        WithdrawInfo withdraw,
        RefundStatusGuide refundStatus,
        IReadOnlyDictionary<string, Procedure> procedures,
        IReadOnlyList<LocalizedText> procedureNotes,
        MarketplaceGuide marketplace,
        FaqGuide faq,
        EscalationPolicy escalation,
        MessageCatalog messages,
        RecognizerVocabulary vocabulary,
        IReadOnlyList<MenuItem> menu,
        IReadOnlyDictionary<string, ContentSection> sections,
        IReadOnlyDictionary<string, IReadOnlyList<string>> seenFrom,
        AnswerRules answers,
        StoreSettings store)
    {
        Answers = answers;
        Store = store;
        Version = version;
        ContentHash = contentHash;
        FileVersions = fileVersions;
        Stages = stages;
        Sellers = sellers;
        Rules = rules;
        _decisions = decisions;
        _refundTimings = refundTimings;
        Failures = failures;
        Rejections = rejections;
        Withdraw = withdraw;
        RefundStatus = refundStatus;
        Procedures = procedures;
        ProcedureNotes = procedureNotes;
        Marketplace = marketplace;
        Faq = faq;
        Escalation = escalation;
        Messages = messages;
        Vocabulary = vocabulary;
        Menu = menu;
        Sections = sections;
        SeenFrom = seenFrom;
    }

    /// <summary>Content hash plus file versions, stamped on every outcome ("3f2a9c1d0b7e;faq=1;...").</summary>
    public string Version { get; }

    public string ContentHash { get; }

    /// <summary>File name → its `version:` value.</summary>
    public IReadOnlyDictionary<string, string> FileVersions { get; }

    public IReadOnlyList<StageInfo> Stages { get; }

    public IReadOnlyList<SellerInfo> Sellers { get; }

    public IReadOnlyList<DecisionRule> Rules { get; }

    public IReadOnlyList<RefundTiming> RefundTimings => _refundTimings;

    /// <summary>answers.yaml: bubble and turn limits and the rules every composed answer keeps.</summary>
    public AnswerRules Answers { get; }

    /// <summary>store.yaml: the operator's own settings (desk hours, usual wait), null where not set.</summary>
    public StoreSettings Store { get; }

    public FailureGuide Failures { get; }

    public IReadOnlyList<Rejection> Rejections { get; }

    public WithdrawInfo Withdraw { get; }

    public RefundStatusGuide RefundStatus { get; }

    /// <summary>"refuse_delivery" and "return".</summary>
    public IReadOnlyDictionary<string, Procedure> Procedures { get; }

    public IReadOnlyList<LocalizedText> ProcedureNotes { get; }

    public MarketplaceGuide Marketplace { get; }

    public FaqGuide Faq { get; }

    public EscalationPolicy Escalation { get; }

    public MessageCatalog Messages { get; }

    public RecognizerVocabulary Vocabulary { get; }

    /// <summary>The welcome menu's buttons in order (menu.yaml).</summary>
    public IReadOnlyList<MenuItem> Menu { get; }

    /// <summary>Every top-level part of the content files by id ("background.shipped_cannot_cancel"), ready to show.</summary>
    public IReadOnlyDictionary<string, ContentSection> Sections { get; }

    /// <summary>Section id → the sections whose texts include it with `see:` (a caution written once, used by several rules).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SeenFrom { get; }

    /// <summary>The decision for a stage and seller, with the refund timing when the payment is known. O(1).</summary>
    public Decision Decide(OrderStage stage, SellerType seller, PaymentMethod? payment = null) =>
        _decisions[DecisionIndex(stage, seller, payment)];

    public RefundTiming RefundTimingFor(PaymentMethod payment) => _refundTimings[(int)payment];

    public StageInfo StageInfo(OrderStage stage) => Stages[(int)stage];

    public SellerInfo SellerInfo(SellerType seller) => Sellers[(int)seller];

    /// <summary>A message by its declared key with {placeholders} filled; see <see cref="MessageCatalog.Text"/>.</summary>
    /// <exception cref="ArgumentException">A value for a placeholder the key does not declare: a programming error.</exception>
    public string Text(MessageKey key, string language, params (string Name, string Value)[] args)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(args);
        foreach (var (name, _) in args)
        {
            if (!key.Params.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Message '{key.Name}' declares no placeholder '{name}' in MessageKeys.", nameof(args));
            }
        }

        return Messages.Text(key.Name, language, args);
    }

    internal static int DecisionCount => KnowledgeIds.Stages.Count * KnowledgeIds.Sellers.Count * (KnowledgeIds.Payments.Count + 1);

    internal static int DecisionIndex(OrderStage stage, SellerType seller, PaymentMethod? payment) =>
        ((((int)stage * KnowledgeIds.Sellers.Count) + (int)seller) * (KnowledgeIds.Payments.Count + 1))
        + (payment is { } p ? (int)p + 1 : 0);
}
