using SupportBot.Dialogs.Answering;
using SupportBot.Dialogs.Tests.Recognition;

namespace SupportBot.Dialogs.Tests.Answering;

/// <summary>The scores an answer choice carries for the trace: its own, and a runner-up only when it came near.</summary>
public sealed class AnswerChoiceScoreTests
{
    [Theory]
    [InlineData("返金はいつされますか？")]
    [InlineData("コンビニ払いの返金はどうなりますか")]
    [InlineData("キャンセルできないのはどんなときですか")]
    [InlineData("How long does a refund take?")]
    public void A_runner_up_is_named_only_when_it_scored_near_the_answer_and_is_another_passage(string question)
    {
        var language = question.Any(c => c > 0x3000) ? "ja" : "en";
        var choice = QuestionAnswerer.Choose(question, RepositoryKnowledge.Instance.Current, language);

        var chosen = choice.Answer ?? choice.Options[0];
        Assert.NotNull(choice.Method);
        if (choice.RunnerUp is { } runnerUp)
        {
            Assert.NotEqual(chosen.Id, runnerUp.Id);
            Assert.True(choice.Score is null || choice.RunnerUpScore >= choice.Score * QuestionAnswerer.NearRatio, $"{runnerUp.Id} {choice.RunnerUpScore} vs {choice.Score}");
        }
        else
        {
            Assert.Null(choice.RunnerUpScore);
        }
    }

    [Fact]
    public void Refund_timing_questions_name_the_neighbouring_refund_entry_as_runner_up()
    {
        // The refund entries share most of their words: a tester should see the one that nearly answered.
        var choice = QuestionAnswerer.Choose("返金はいつされますか？", RepositoryKnowledge.Instance.Current, "ja");

        Assert.NotNull(choice.Answer);
        Assert.NotNull(choice.Score);
        Assert.NotNull(choice.RunnerUp);
        Assert.Contains("refund", choice.RunnerUp!.Id, StringComparison.Ordinal);
    }
}
