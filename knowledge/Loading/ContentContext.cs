using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Loading;

/// <summary>
/// What a content text may use from the rest of the content: the numbers ({recontact_after_hours}), written once,
/// and `see: file.key`, a text written once elsewhere (a caution shared by several rules). Records every `see`.
/// </summary>
internal sealed class ContentContext(IReadOnlyDictionary<string, string> thresholds, Func<string, NodeReader?> find)
{
    private readonly Dictionary<string, HashSet<string>> _seenFrom = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Thresholds { get; } = thresholds;

    /// <summary>Section id → the sections whose texts name it with `see:`.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> SeenFrom => _seenFrom;

    public LocalizedText See(NodeReader from, string id)
    {
        var target = find(id);
        if (target is null || !target.IsText || target.Has("see"))
        {
            from["see"].Error(ValidationMessages.SeeNotAText(id));
            return new LocalizedText(id, id);
        }

        if (!_seenFrom.TryGetValue(id, out var referrers))
        {
            _seenFrom[id] = referrers = new HashSet<string>(StringComparer.Ordinal);
        }

        referrers.Add(from.Section);
        return target.AsText();
    }
}
