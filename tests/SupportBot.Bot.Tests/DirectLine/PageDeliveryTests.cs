using System.Net;
using System.Net.Http.Headers;
using SupportBot.Bot.Tests.Hosting;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>The customer page's files go out compressed, are revalidated rather than reused stale, and the page has an icon.</summary>
public sealed class PageDeliveryTests
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task The_web_chat_bundle_is_sent_compressed_and_much_smaller(string encoding)
    {
        await using var host = new SupportBotFactory();
        using var client = host.CreateClient();
        using var plain = await client.GetAsync(new Uri("/lib/webchat.js", UriKind.Relative));
        var plainBytes = (await plain.Content.ReadAsByteArrayAsync()).Length;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lib/webchat.js");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var compressed = await client.SendAsync(request);
        var wireBytes = (await compressed.Content.ReadAsByteArrayAsync()).Length;

        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.True(wireBytes * 2 < plainBytes, $"{wireBytes} compressed bytes for {plainBytes}");
        Assert.Equal("no-cache", compressed.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_page_loads_its_scripts_deferred_and_names_an_icon_that_exists()
    {
        await using var host = new SupportBotFactory();
        using var client = host.CreateClient();

        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        using var icon = await client.GetAsync(new Uri("/favicon.svg", UriKind.Relative));

        Assert.Contains("<script src=\"start.js\" defer>", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"lib/webchat.js\" defer>", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("start.js", StringComparison.Ordinal) < page.IndexOf("lib/webchat.js", StringComparison.Ordinal), "start.js asks for the token before the bundle runs");
        Assert.Contains("rel=\"icon\" href=\"favicon.svg\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
    }
}
