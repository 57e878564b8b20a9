using SupportBot.Knowledge.Validation;

namespace SupportBot.Knowledge.Loading;

/// <summary>The ids the code relies on, checked against the files like the message keys are.</summary>
internal sealed partial class KnowledgeCompiler
{
    private void CheckIdContract(FailureGuide failures)
    {
        var defined = failures.Causes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var items = Root(KnowledgeKinds.Failures).Items("causes").ToList();
        var strangers = items.Where(i => !FailureCauseIds.All.Contains(i.String("id"), StringComparer.Ordinal)).ToList();
        foreach (var id in FailureCauseIds.All.Where(id => !defined.Contains(id)))
        {
            var renamed = LikelyRename(id, [.. strangers.Select(i => i.String("id"))]);
            if (renamed is not null)
            {
                var item = strangers.First(i => i.String("id") == renamed);
                strangers.Remove(item);
                item["id"].Error(ValidationMessages.RenamedId("failure cause", renamed, id));
            }
            else
            {
                Root(KnowledgeKinds.Failures)["causes"].Error(ValidationMessages.MissingEntry("failure cause", id));
            }
        }
    }
}
