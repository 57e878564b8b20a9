using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;

namespace SupportBot.Bot.DirectLine.Page;

/// <summary>
/// The page's files (bot/wwwroot), each read, hashed and compressed once and again only when the file changes. A file
/// the build precompressed (the Web Chat bundle: name.br, name.gz at the smallest size) is taken as it is.
/// </summary>
public sealed class PageAssets
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly ConcurrentDictionary<string, PageAsset> _loaded = new(StringComparer.Ordinal);

    public PageAssets(string root) => Root = Path.GetFullPath(root);

    public string Root { get; }

    /// <summary>The current version of a page file (path relative to the root, '/' separated); null when there is none to serve.</summary>
    public PageAsset? Find(string path)
    {
        if (!IsServable(path))
        {
            return null;
        }

        var file = new FileInfo(Path.GetFullPath(Path.Combine(Root, path)));
        // A path that climbs out of the root (../) is not a page file.
        if (!file.FullName.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !file.Exists)
        {
            return null;
        }

        if (_loaded.TryGetValue(path, out var known) && known.SourceLength == file.Length && known.SourceWrittenUtc == file.LastWriteTimeUtc)
        {
            return known;
        }

        var loaded = Load(path, file);
        _loaded[path] = loaded;
        return loaded;
    }

    /// <summary>The URL naming the file's current content; the plain path when the file is missing (the browser then reports it).</summary>
    public string UrlOf(string path) => Find(path)?.Url ?? "/" + path;

    // The template and the build's compressed twins are never sent as page files themselves.
    private static bool IsServable(string path) =>
        path.Length > 0
        && !path.Equals("index.html", StringComparison.Ordinal)
        && !path.EndsWith(".br", StringComparison.Ordinal)
        && !path.EndsWith(".gz", StringComparison.Ordinal)
        && ContentTypes.TryGetContentType(path, out _);

    private static PageAsset Load(string path, FileInfo file)
    {
        var bytes = File.ReadAllBytes(file.FullName);
        ContentTypes.TryGetContentType(path, out var contentType);
        if (contentType!.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal) || contentType.EndsWith("+xml", StringComparison.Ordinal))
        {
            contentType += "; charset=utf-8";
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        return new PageAsset(
            path,
            hash,
            contentType,
            bytes,
            Precompressed(file, ".br") ?? Compress(bytes, stream => new BrotliStream(stream, CompressionLevel.Optimal)),
            Precompressed(file, ".gz") ?? Compress(bytes, stream => new GZipStream(stream, CompressionLevel.Optimal)),
            file.Length,
            file.LastWriteTimeUtc);
    }

    private static byte[]? Precompressed(FileInfo file, string extension)
    {
        var twin = new FileInfo(file.FullName + extension);
        return twin.Exists && twin.LastWriteTimeUtc >= file.LastWriteTimeUtc ? File.ReadAllBytes(twin.FullName) : null;
    }

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressing = compressor(output))
        {
            compressing.Write(bytes);
        }

        return output.ToArray();
    }
}
