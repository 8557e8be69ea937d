using System.Security.Cryptography.X509Certificates;
using Humanitarian.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Humanitarian.Web.Startup;

public static class DataProtectionSetup
{
    public const string CertificateSection = "DataProtection:Certificate";
    public const string PreviousCertificatesSection = "DataProtection:PreviousCertificates";

    /// <summary>
    /// Keys in the database, so every server of a deployment reads the same cookies, tokens and encrypted
    /// settings; encrypted there with the X.509 certificate at <c>DataProtection:Certificate:Path</c>
    /// (PKCS#12, <c>:Password</c>), so a copy of the database alone opens nothing. Keys written under an
    /// earlier certificate stay readable while it is listed in <c>DataProtection:PreviousCertificates</c>.
    /// </summary>
    public static void AddHumanitarianDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection().SetApplicationName("Humanitarian").PersistKeysToDbContext<HumanitarianDbContext>();
        if (LoadCertificate(configuration.GetSection(CertificateSection)) is not { } certificate)
        {
            return;
        }
        var previous = configuration.GetSection(PreviousCertificatesSection).GetChildren().Select(LoadCertificate).OfType<X509Certificate2>();
        // Decryption looks certificates up in the machine's store unless they are given here.
        builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate([certificate, .. previous]);
    }

    /// <summary>
    /// Without a certificate the keys lie in the database in clear: refused in Production (a copy of
    /// the database would open every cookie, token and stored secret), a warning elsewhere.
    /// </summary>
    public static void CheckKeyProtection(WebApplication app)
    {
        if (!string.IsNullOrEmpty(app.Configuration[$"{CertificateSection}:Path"]))
        {
            return;
        }
        if (app.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                $"No {CertificateSection}:Path is configured: the Data Protection keys would be stored unencrypted. See README, Configuration.");
        }
        app.Logger.LogWarning("No {Section}:Path is configured: Data Protection keys are stored unencrypted in the database.", CertificateSection);
    }

    private static X509Certificate2? LoadCertificate(IConfigurationSection section) =>
        section["Path"] is { Length: > 0 } path ? X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"]) : null;
}
