using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// OpenID metadata and a JWKS on loopback HTTPS (the Bot Framework fetches metadata over HTTPS only), with a
/// self-signed certificate the bot process trusts through SSL_CERT_FILE. Its one key signs "right" tokens.
/// </summary>
public sealed class FakeOpenIdServer : IAsyncDisposable
{
    public const string KeyId = "supportbot-test-key";

    private static readonly string[] Algorithms = ["RS256"];
    private static readonly string[] AuthMethods = ["private_key_jwt"];
    private static readonly string[] Endorsements = ["emulator", "msteams", "webchat"];

    private readonly WebApplication _app;
    private int _keyRequests;

    private FakeOpenIdServer(WebApplication app, RSA key, string certificateFile)
    {
        _app = app;
        Key = key;
        CertificateFile = certificateFile;
    }

    public RSA Key { get; }

    /// <summary>PEM of the server certificate, for the bot's SSL_CERT_FILE.</summary>
    public string CertificateFile { get; }

    public string MetadataUrl { get; private set; } = string.Empty;

    public int KeyRequests => Volatile.Read(ref _keyRequests);

    public static async Task<FakeOpenIdServer> StartAsync(string folder)
    {
        using var certificate = SelfSigned();
        var certificateFile = Path.Combine(folder, "fake-openid.pem");
        await File.WriteAllTextAsync(certificateFile, certificate.ExportCertificatePem());
        var serving = X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(serving)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenIdServer(app, RSA.Create(2048), certificateFile);
        app.MapGet("/.well-known/openid-configuration", (HttpRequest request) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = "https://api.botframework.com",
            ["jwks_uri"] = $"https://{request.Host}/keys",
            ["id_token_signing_alg_values_supported"] = Algorithms,
            ["token_endpoint_auth_methods_supported"] = AuthMethods,
        }));
        app.MapGet("/keys", () =>
        {
            Interlocked.Increment(ref server._keyRequests);
            var parameters = server.Key.ExportParameters(false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["kty"] = "RSA",
                        ["use"] = "sig",
                        ["kid"] = KeyId,
                        ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                        ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                        ["endorsements"] = Endorsements,
                    },
                },
            });
        });
        await app.StartAsync();
        var address = ((IServer)app.Services.GetService(typeof(IServer))!).Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.MetadataUrl = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/.well-known/openid-configuration";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Key.Dispose();
    }

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
    }
}
