using SupportBot.Knowledge.Tests.TestSupport;

namespace SupportBot.Knowledge.Tests.Validation;

/// <summary>A missed message added as an example where the lead says it belongs, checked by a trial load, with its patch.</summary>
public sealed class ExampleWriterTests
{
    private static readonly DateTimeOffset When = new(2026, 12, 6, 21, 0, 0, TimeSpan.FromHours(9));

    [Theory]
    [InlineData("intent:CancelOrder", "ちゅうもん やめたいねん", ExampleWriter.IntentsFile)]
    [InlineData("intent:OutOfScope", "gift wrapping please", ExampleWriter.IntentsFile)]
    [InlineData("faq:penalty", "キャンセル続きで怒られへん？", ExampleWriter.FaqFile)]
    [InlineData("faq:cancel-fee", "does cancelling cost me \"anything\"", ExampleWriter.FaqFile)]
    public void The_example_lands_under_its_target_in_its_language_and_the_whole_still_loads(string target, string message, string file)
    {
        using var temp = new TempKnowledge();
        var parsed = ExampleTarget.Parse(target)!;

        var edit = ExampleWriter.Add(temp.Read(file), parsed, message, "田中", When);

        Assert.NotNull(edit);
        Assert.Equal(file, edit!.File);
        var result = TrialLoad.With(temp.ContentDirectory, new Dictionary<string, string> { [file] = edit.Text });
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var snapshot = result.Snapshot!;
        if (parsed.Kind == ExampleTarget.IntentKind)
        {
            var examples = snapshot.Vocabulary.Examples.Intents[parsed.Id];
            Assert.Contains(message, examples.Ja.Concat(examples.En));
        }
        else
        {
            var entry = snapshot.Faq.Entries.Single(e => e.Id == parsed.Id);
            Assert.Contains(message, entry.Examples.Ja.Concat(entry.Examples.En));
        }

        Assert.Contains("# 田中, 2026-12-06 21:00 +09:00", edit.Text, StringComparison.Ordinal);
        Assert.Contains("@@ -", edit.Patch, StringComparison.Ordinal);
        Assert.Contains("+version: ", edit.Patch, StringComparison.Ordinal);
        Assert.Contains("\n+", edit.Patch, StringComparison.Ordinal);
        AssertPatchApplies(temp.Read(file), file, edit);
    }

    // The patch a lead downloads when the folder is read-only: git apply takes it and gives the same text.
    private static void AssertPatchApplies(string original, string file, ExampleEdit edit)
    {
        var folder = Directory.CreateTempSubdirectory("supportbot-patch-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "knowledge", "content"));
            File.WriteAllText(Path.Combine(folder, "knowledge", "content", file), original);
            File.WriteAllText(Path.Combine(folder, "change.patch"), edit.Patch);
            using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", "apply change.patch")
            {
                WorkingDirectory = folder,
                RedirectStandardError = true,
            })!;
            var error = git.StandardError.ReadToEnd();
            Assert.True(git.WaitForExit(30_000), "git apply did not finish");
            Assert.True(git.ExitCode == 0, error);
            Assert.Equal(edit.Text, File.ReadAllText(Path.Combine(folder, "knowledge", "content", file)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("intent:NoSuchIntent")]
    [InlineData("faq:no-such-entry")]
    public void An_unknown_target_writes_nothing(string target) =>
        Assert.Null(ExampleWriter.Add(File.ReadAllText(Path.Combine(TempKnowledge.ShippedContentDirectory, target.StartsWith("faq", StringComparison.Ordinal) ? "faq.yaml" : "intent-examples.yaml")), ExampleTarget.Parse(target)!, "hello", "田中", When));

    [Theory]
    [InlineData("intent")]
    [InlineData("intent:")]
    [InlineData("shell:rm")]
    [InlineData("intent:../../etc")]
    public void A_target_that_is_not_an_intent_or_faq_id_is_refused(string value) => Assert.Null(ExampleTarget.Parse(value));
}
