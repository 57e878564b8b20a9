using Microsoft.Net.Http.Headers;

namespace SupportBot.Bot.DirectLine.Page;

/// <summary>
/// Sends page files compressed as the browser accepts (Brotli, gzip, or as is). At /assets/{hash}/{path} the URL
/// names the content, so it is cached for a year and never revalidated; at the plain /{path} (favicon, older pages)
/// or with a hash that is no longer current (a page from before a deployment) it is sent no-cache, revalidated by ETag.
/// </summary>
public static class PageAssetDelivery
{
    private const string VersionedPrefix = "/assets/";
    private const string Forever = "public, max-age=31536000, immutable";

    public static IApplicationBuilder UsePageAssets(this IApplicationBuilder app, PageAssets assets) => app.Use((http, next) =>
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return next(http);
        }

        var (asset, versioned) = Resolve(assets, request.Path.Value ?? "/");
        return asset is null ? next(http) : SendAsync(http, asset, versioned);
    });

    private static (PageAsset? Asset, bool Versioned) Resolve(PageAssets assets, string path)
    {
        if (path.StartsWith(VersionedPrefix, StringComparison.Ordinal))
        {
            var rest = path[VersionedPrefix.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                return (null, false);
            }

            var asset = assets.Find(rest[(slash + 1)..]);
            return (asset, asset is not null && asset.Hash == rest[..slash]);
        }

        return (assets.Find(path.TrimStart('/')), false);
    }

    private static Task SendAsync(HttpContext http, PageAsset asset, bool versioned)
    {
        var (body, encoding) = Choose(http.Request, asset);
        var response = http.Response;
        var etag = "\"" + asset.Hash + (encoding is null ? string.Empty : "-" + encoding) + "\"";
        response.Headers.CacheControl = versioned ? Forever : "no-cache";
        response.Headers.ETag = etag;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        if (http.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() == etag)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = asset.ContentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, http.RequestAborted).AsTask();
    }

    // Brotli when accepted, else gzip, else the file as is; q=0 refuses an encoding.
    private static (byte[] Body, string? Encoding) Choose(HttpRequest request, PageAsset asset)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        bool Accepts(string name) => accepted.Any(value => value.Value.Equals(name, StringComparison.OrdinalIgnoreCase) && value.Quality is not 0);
        if (Accepts("br"))
        {
            return (asset.Brotli, "br");
        }

        return Accepts("gzip") ? (asset.Gzip, "gzip") : (asset.Identity, null);
    }
}
