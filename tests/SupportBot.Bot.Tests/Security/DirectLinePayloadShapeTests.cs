using System.Net;
using System.Text;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.DirectLine.Log;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using Xunit.Abstractions;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// Generated channelData, attachments, entities and value of every size up to 200 KB and of hostile shapes (deep nesting,
/// wide arrays, many keys, the wrong JSON type): never a 5xx, over the cap always 413, and nothing stored is larger
/// than the cap, so the log and each poll stay bounded.
/// </summary>
public sealed class DirectLinePayloadShapeTests(ITestOutputHelper output)
{
    private const int Cap = 32 * 1024;
    private static readonly string[] Fields = ["channelData", "attachments", "entities", "value"];

    [Fact]
    public async Task Generated_payload_sizes_and_shapes_are_refused_or_stored_within_the_cap()
    {
        await using var host = new DirectLineHost();
        var factory = host.Start();
        using var withSecret = new DirectLineClient(factory, DirectLineHost.Secret);
        var (_, started) = await withSecret.StartAsync();
        var conversationId = (string)started!["conversationId"]!;
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + (string)started["token"]!);
        var statuses = new List<HttpStatusCode>();

        await Gen.Select(Gen.Int[0, Fields.Length - 1], Gen.Int[0, 3], Gen.Int[0, 200_000], (f, s, n) => (Field: Fields[f], Shape: s, Size: n))
            .SampleAsync(async sample =>
            {
                var body = Body(sample.Field, Payload(sample.Shape, sample.Size));
                using var response = await http.PostAsync(
                    new Uri($"/v3/directline/conversations/{conversationId}/activities", UriKind.Relative),
                    new StringContent(body, Encoding.UTF8, "application/json"));
                var status = (int)response.StatusCode;
                lock (statuses)
                {
                    statuses.Add(response.StatusCode);
                }

                Assert.True(status < 500, $"{status} for {sample.Field} shape {sample.Shape} size {sample.Size}");
                if (Encoding.UTF8.GetByteCount(body) > Cap)
                {
                    Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
                }
            }, iter: 60, threads: 1, writeLine: output.WriteLine);

        var stored = await factory.Services.GetRequiredService<IDirectLineActivityLog>().ReadAfterAsync(conversationId, 0, 10_000, int.MaxValue, CancellationToken.None);
        // The server adds id, timestamp, from, conversation and serviceUrl to what was posted: a few hundred bytes.
        Assert.All(stored, a => Assert.True(Encoding.UTF8.GetByteCount(a.ActivityJson) < Cap + 2048, $"stored {a.ActivityJson.Length} characters"));
        Assert.Contains(HttpStatusCode.RequestEntityTooLarge, statuses);
    }

    private static string Body(string field, string payload) =>
        $$"""{"type":"message","text":"generated","from":{"id":"dl_generated"},"{{field}}":{{payload}}}""";

    // Roughly size bytes of JSON in one of four shapes.
    private static string Payload(int shape, int size) => shape switch
    {
        0 => "\"" + new string('あ', size / 3) + "\"",
        1 => "[" + string.Join(',', Enumerable.Repeat("""{"contentType":"text/plain","content":"x"}""", Math.Max(1, size / 42))) + "]",
        2 => string.Concat(Enumerable.Repeat("""{"a":""", Math.Min(size / 6 + 1, 5_000))) + "1" + new string('}', Math.Min(size / 6 + 1, 5_000)),
        _ => "{" + string.Join(',', Enumerable.Range(0, Math.Max(1, size / 12)).Select(i => $"\"k{i}\":{i}")) + "}",
    };
}
