using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Humanitarian.TestBase;

/// <summary>
/// A self-signed certificate in a throwaway PKCS#12 file, for what a deployment configures as
/// <c>DataProtection:Certificate:Path</c>/<c>:Password</c> (required in Production without demo data);
/// servers sharing a database share it. Disposing deletes the file.
/// </summary>
public sealed class ScratchCertificate : IDisposable
{
    public ScratchCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Humanitarian test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        Password = Guid.NewGuid().ToString("N");
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"humanitarian-dp-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(Path, certificate.Export(X509ContentType.Pkcs12, Password));
    }

    public string Path { get; }

    public string Password { get; }

    /// <summary>The app's environment variables that name it.</summary>
    public IEnumerable<KeyValuePair<string, string>> Environment =>
    [
        new("DataProtection__Certificate__Path", Path),
        new("DataProtection__Certificate__Password", Password),
    ];

    public void Dispose() => File.Delete(Path);
}
