using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Loading;

/// <summary>The ids the code relies on, checked against the files like the message keys are.</summary>
internal sealed partial class KnowledgeCompiler
{
    private void CheckIdContract()
    {
        CheckIds(KnowledgeKinds.Failures, "causes", FailureCauseIds.All, "failure cause");
        CheckIds(KnowledgeKinds.Rejections, "rejections", RejectionIds.All, "rejection");
    }

    /// <summary>
    /// Every id in <paramref name="required"/> is defined under <paramref name="listKey"/>; a missing one that another
    /// id looks renamed from is reported at that id's line, otherwise at the list.
    /// </summary>
    private void CheckIds(string kind, string listKey, IReadOnlyList<string> required, string what)
    {
        var items = Root(kind).Items(listKey).ToList();
        var defined = items.Select(i => i.String("id")).ToHashSet(StringComparer.Ordinal);
        var strangers = items.Where(i => !required.Contains(i.String("id"), StringComparer.Ordinal)).ToList();
        foreach (var id in required.Where(id => !defined.Contains(id)))
        {
            var renamed = LikelyRename(id, [.. strangers.Select(i => i.String("id"))]);
            if (renamed is not null)
            {
                var item = strangers.First(i => i.String("id") == renamed);
                strangers.Remove(item);
                item["id"].Error(ValidationMessages.RenamedId(what, renamed, id));
            }
            else
            {
                Root(kind)[listKey].Error(ValidationMessages.MissingEntry(what, id));
            }
        }
    }
}
