using System.Buffers;

namespace SupportBot.Bot.Hosting.Requests;

/// <summary>Reads a request body up to a limit, whatever Content-Length claimed, so an oversized body is never buffered whole.</summary>
public static class BoundedBody
{
    /// <summary>The body's bytes, or null as soon as it passes <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk.AsMemory(), cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
