using SupportBot.Bot.DirectLine;

namespace SupportBot.Bot.Tests.DirectLine;

public sealed class StreamPollOptionsTests
{
    [Theory]
    [InlineData(1000, 30_000, true)]
    [InlineData(1000, 1000, true)]
    [InlineData(1000, 3_600_000, true)]
    [InlineData(1000, 999, false)]
    [InlineData(1000, 3_600_001, false)]
    [InlineData(5000, 2000, false)]
    public void The_safety_poll_is_between_a_second_and_an_hour_and_never_shorter_than_the_poll(int poll, int safetyPoll, bool valid)
    {
        var options = new DirectLineOptions { StreamPollMilliseconds = poll, StreamSafetyPollMilliseconds = safetyPoll };

        var result = new DirectLineOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
    }
}
