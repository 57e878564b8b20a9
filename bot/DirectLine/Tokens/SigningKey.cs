using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting;

namespace SupportBot.Bot.DirectLine.Tokens;

/// <summary>
/// The HMAC key: DirectLine:TokenSigningKey when configured, else 32 random bytes generated once and kept in a
/// file under data/ (owner-only), so a restarted host still accepts the tokens it issued. Never logged.
/// </summary>
public sealed class SigningKey
{
    private readonly Lazy<byte[]> _key;

    public SigningKey(IOptions<DirectLineOptions> options, IHostEnvironment environment, RepositoryPaths? repository = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var value = options.Value;
        var root = repository?.Root ?? environment.ContentRootPath;
        var path = Path.IsPathRooted(value.SigningKeyPath) ? value.SigningKeyPath : Path.Combine(root, value.SigningKeyPath);
        _key = new Lazy<byte[]>(() => string.IsNullOrEmpty(value.TokenSigningKey)
            ? LoadOrCreate(path)
            : System.Text.Encoding.UTF8.GetBytes(value.TokenSigningKey));
    }

    internal byte[] Bytes => _key.Value;

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var stored = Convert.FromBase64String(File.ReadAllText(path).Trim());
            if (stored.Length >= 32)
            {
                return stored;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = RandomNumberGenerator.GetBytes(32);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            // Two hosts starting together: the first file wins and both use it.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException)
        {
            File.Delete(temporary);
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        return key;
    }
}
