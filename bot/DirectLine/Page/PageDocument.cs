using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SupportBot.Bot.DirectLine.Page;

/// <summary>
/// The customer page's HTML, rendered per request from the wwwroot/index.html template: the header, texts and colour
/// in the customer's language and the page's settings are in the first response (painted before any script runs),
/// and every file is named by its fingerprinted URL.
/// </summary>
public sealed partial class PageDocument
{
    private readonly PageAssets _assets;
    private readonly string _templatePath;
    private volatile TemplateCopy? _template;

    public PageDocument(PageAssets assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        _assets = assets;
        _templatePath = Path.Combine(assets.Root, "index.html");
    }

    public string Render(PageSettings settings, PageTexts texts)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(texts);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lang"] = settings.Locale[..2],
            ["color"] = settings.PrimaryColor,
            ["title"] = settings.Title,
            ["placeholder"] = settings.Placeholder,
            ["maxLength"] = settings.MaxMessageLength.ToString(CultureInfo.InvariantCulture),
            ["connecting"] = texts.Connecting,
            ["send"] = texts.Send,
        };
        return Placeholder().Replace(Template(), match =>
        {
            var name = match.Groups[1].Value;
            if (name == "settings")
            {
                // The default encoder writes <, > and & as \u003C…: the JSON cannot end its <script> element.
                return JsonSerializer.Serialize(settings);
            }

            return name.StartsWith("asset:", StringComparison.Ordinal)
                ? _assets.UrlOf(name["asset:".Length..])
                : WebUtility.HtmlEncode(values.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"index.html names an unknown value {{{{{name}}}}}."));
        });
    }

    // Read again only when the file changes, so an edit shows on the next reload.
    private string Template()
    {
        var written = File.GetLastWriteTimeUtc(_templatePath);
        var known = _template;
        if (known is null || known.Written != written)
        {
            known = new TemplateCopy(written, File.ReadAllText(_templatePath));
            _template = known;
        }

        return known.Text;
    }

    private sealed record TemplateCopy(DateTime Written, string Text);

    [GeneratedRegex(@"\{\{([A-Za-z]+(?::[A-Za-z0-9_./-]+)?)\}\}")]
    private static partial Regex Placeholder();
}
