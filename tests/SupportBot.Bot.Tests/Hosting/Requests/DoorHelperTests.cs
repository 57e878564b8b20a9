using SupportBot.Bot.Hosting.Requests;

namespace SupportBot.Bot.Tests.Hosting.Requests;

/// <summary>The one reading of a bearer header, a bounded body and a shared secret that every door uses.</summary>
public sealed class DoorHelperTests
{
    [Theory]
    [InlineData("Bearer abc.def", "abc.def")]
    [InlineData("bearer   abc  ", "abc")]
    [InlineData("BEARER x", "x")]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("Bearer ", null)]
    [InlineData("Bearer a b", null)]
    [InlineData("Basic abc", null)]
    [InlineData("Bearerabc", null)]
    public void A_bearer_header_is_read_the_same_way_everywhere(string? header, string? expected) =>
        Assert.Equal(expected, BearerHeader.Read(header));

    [Theory]
    [InlineData("s3cret-s3cret-s3cret", "s3cret-s3cret-s3cret", true)]
    [InlineData("s3cret-s3cret-s3creT", "s3cret-s3cret-s3cret", false)]
    [InlineData("", "", false)]
    [InlineData("anything", null, false)]
    [InlineData(null, "s3cret", false)]
    public void A_secret_matches_only_itself_and_no_secret_matches_nothing(string? presented, string? secret, bool expected) =>
        Assert.Equal(expected, SharedSecret.Matches(presented, secret));

    [Fact]
    public async Task A_body_past_the_limit_is_refused_without_reading_it_all()
    {
        var within = await BoundedBody.ReadAsync(new MemoryStream(new byte[100]), 100, default);
        var past = new CountingStream(new byte[1_000_000]);

        var refused = await BoundedBody.ReadAsync(past, 100, default);

        Assert.Equal(100, within!.Length);
        Assert.Null(refused);
        Assert.True(past.Position < 100_000, $"read {past.Position} bytes of a body refused at 100");
    }

    private sealed class CountingStream(byte[] data) : MemoryStream(data);
}
