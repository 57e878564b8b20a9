using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SupportBot.Bot.DirectLine.Page;
using SupportBot.Bot.Tests.Hosting;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>
/// The customer page arrives rendered (header, texts, settings in the HTML), its files by fingerprinted URL cached for
/// good, compressed as the build left them, and nothing outside bot/wwwroot or the raw template is ever sent.
/// </summary>
public sealed partial class PageDeliveryTests
{
    [Theory]
    [InlineData("ja-JP,ja;q=0.9,en;q=0.8", null, "ja", "カスタマーサポート", "送信")]
    [InlineData("en-US,en;q=0.9", null, "en", "customer support", "Send")]
    [InlineData("ja-JP", "en", "en", "customer support", "Send")]
    public async Task The_page_is_rendered_by_the_server_in_the_browsers_language(string acceptLanguage, string? lang, string expected, string title, string send)
    {
        await using var host = new SupportBotFactory();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, lang is null ? "/" : "/?lang=" + lang);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        using var response = await client.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains($"<html lang=\"{expected}\" style=\"--primary: #", page, StringComparison.Ordinal);
        Assert.Matches($"<title>[^<]*{title}</title>", page);
        Assert.Matches($"<h1 id=\"title\">[^<]*{title}</h1>", page);
        Assert.Contains($"<button type=\"submit\">{send}</button>", page, StringComparison.Ordinal);
        Assert.Contains("<script id=\"page-settings\" type=\"application/json\">{\"storeName\":", page, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", page, StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task A_store_name_with_markup_stays_text_in_the_header_and_cannot_end_the_settings_script()
    {
        await using var host = new SupportBotFactory { Settings = new Dictionary<string, string?> { ["Store:Name"] = "</script><script>alert(1)</script>&\"" } };
        using var client = host.CreateClient();

        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;", page, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_file_the_page_names_is_fingerprinted_cached_for_good_and_revalidated_elsewhere()
    {
        await using var host = new SupportBotFactory();
        using var client = host.CreateClient();
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var urls = AssetUrl().Matches(page).Select(m => m.Groups[1].Value).ToList();

        // Web Chat and app.js are named once, for start.js to fetch after the greeting (no preload at page start).
        Assert.Equal(["favicon.svg", "site.css", "markdown.js", "start.js", "lib/webchat-minimal.js", "app.js"], urls.Select(u => u.Split('/', 4)[3]));
        foreach (var url in urls)
        {
            using var versioned = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());
            var hash = url.Split('/')[2];
            Assert.Equal($"\"{hash}\"", versioned.Headers.ETag?.Tag);

            // The same file by its plain name, or by a hash from before a deployment: sent, but revalidated each time.
            using var plain = await client.GetAsync(new Uri("/" + url.Split('/', 4)[3], UriKind.Relative));
            using var stale = await client.GetAsync(new Uri(url.Replace(hash, "0000000000000000", StringComparison.Ordinal), UriKind.Relative));
            Assert.Equal("no-cache", plain.Headers.CacheControl?.ToString());
            Assert.Equal("no-cache", stale.Headers.CacheControl?.ToString());
            Assert.Equal(await versioned.Content.ReadAsByteArrayAsync(), await stale.Content.ReadAsByteArrayAsync());

            using var again = new HttpRequestMessage(HttpMethod.Get, url);
            again.Headers.IfNoneMatch.Add(versioned.Headers.ETag!);
            using var notModified = await client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }
    }

    [Theory]
    [InlineData("br", ".br")]
    [InlineData("gzip", ".gz")]
    public async Task The_web_chat_bundle_is_sent_as_the_build_compressed_it(string encoding, string extension)
    {
        await using var host = new SupportBotFactory();
        using var client = host.CreateClient();
        using var plain = await client.GetAsync(new Uri("/lib/webchat-minimal.js", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lib/webchat-minimal.js");
        request.Headers.AcceptEncoding.ParseAdd("identity;q=0.5, " + encoding);

        using var compressed = await client.SendAsync(request);
        var wire = await compressed.Content.ReadAsByteArrayAsync();

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(BundleFolder(), "webchat-minimal.js" + extension)), wire);
        Assert.True(wire.Length * 3 < (await plain.Content.ReadAsByteArrayAsync()).Length, $"{wire.Length} bytes on the wire");
    }

    [Fact]
    public async Task An_encoding_refused_with_q_0_is_not_used()
    {
        await using var host = new SupportBotFactory();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/app.js");
        request.Headers.AcceptEncoding.ParseAdd("br;q=0, gzip");

        using var response = await client.SendAsync(request);

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("../appsettings.json")]
    [InlineData("../../README.md")]
    [InlineData("index.html")]
    [InlineData("lib/webchat-minimal.js.br")]
    [InlineData("")]
    public void Nothing_outside_the_page_files_nor_the_raw_template_is_a_page_asset(string path)
    {
        var assets = new PageAssets(Path.GetDirectoryName(BundleFolder())!);

        Assert.Null(assets.Find(path));
        Assert.NotNull(assets.Find("app.js"));
    }

    [Fact]
    public void An_edited_file_gets_a_new_fingerprint_at_once()
    {
        var folder = Directory.CreateTempSubdirectory("supportbot-page-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "app.js"), "one();");
            var assets = new PageAssets(folder);
            var before = assets.UrlOf("app.js");

            File.WriteAllText(Path.Combine(folder, "app.js"), "two(); // longer");

            Assert.NotEqual(before, assets.UrlOf("app.js"));
            Assert.Equal("two(); // longer"u8.ToArray(), assets.Find("app.js")!.Identity);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string BundleFolder() => Path.Combine(SupportBot.Testing.Hosting.RepositoryRoot.Path, "bot", "wwwroot", "lib");

    [GeneratedRegex("(/assets/[0-9a-f]{16}/[^\" ]+)")]
    private static partial Regex AssetUrl();
}
