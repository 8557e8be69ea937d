using System.Security.Cryptography.X509Certificates;
using Humanitarian.Web.Data;
using Humanitarian.Web.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

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
    /// Without a certificate the keys lie in the database in clear: a real deployment (Production
    /// without demo data) refuses to start, since a copy of the database would open every cookie,
    /// token and stored secret; a demo (<c>dotnet Humanitarian.Web.dll</c> on SQLite) and other
    /// environments start with a warning.
    /// </summary>
    public static void CheckKeyProtection(WebApplication app)
    {
        if (!string.IsNullOrEmpty(app.Configuration[$"{CertificateSection}:Path"]))
        {
            return;
        }
        var demo = app.Services.GetRequiredService<IOptions<DemoDataOptions>>().Value;
        if (app.Environment.IsProduction() && !demo.IsEnabled(app.Configuration))
        {
            throw new InvalidOperationException(
                $"No {CertificateSection}:Path is configured: the Data Protection keys would be stored unencrypted. See README, Configuration.");
        }
        app.Logger.LogWarning("No {Section}:Path is configured: Data Protection keys are stored unencrypted in the database.", CertificateSection);
    }

    private static X509Certificate2? LoadCertificate(IConfigurationSection section) =>
        section["Path"] is { Length: > 0 } path ? X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"]) : null;
}
