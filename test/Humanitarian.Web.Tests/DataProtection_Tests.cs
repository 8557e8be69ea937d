using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Humanitarian.Web.Data;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Web.Tests;

/// <summary>The app as deployed (Production), with a certificate file of its own. Each test runs its own app.</summary>
public abstract class ProductionAppTestBase(DatabaseProvider provider) : IAsyncLifetime
{
    private const string CertificatePassword = "mat-khau-chung-chi";
    private readonly string _certificatePath = Path.Combine(Path.GetTempPath(), $"humanitarian-dp-{Guid.NewGuid():N}.pfx");
    private HumanitarianWebFactory? _factory;

    public Task InitializeAsync()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Humanitarian Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_certificatePath, certificate.Export(X509ContentType.Pfx, CertificatePassword));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        File.Delete(_certificatePath);
    }

    protected async Task<HumanitarianWebFactory> StartProductionAsync(bool withCertificate, bool demo = false)
    {
        var settings = new Dictionary<string, string?> { ["environment"] = "Production", ["DemoData:Enabled"] = demo ? "true" : "false" };
        if (withCertificate)
        {
            settings["DataProtection:Certificate:Path"] = _certificatePath;
            settings["DataProtection:Certificate:Password"] = CertificatePassword;
        }
        _factory = new HumanitarianWebFactory(provider, settings);
        await _factory.WaitUntilReadyAsync();
        return _factory;
    }
}

/// <summary>Data Protection keys are stored in the database, encrypted with the configured certificate.</summary>
public abstract class DataProtection_Tests(DatabaseProvider provider) : ProductionAppTestBase(provider)
{
    [Fact]
    public async Task Should_store_the_keys_encrypted_with_the_configured_certificate()
    {
        var factory = await StartProductionAsync(withCertificate: true);
        // A sign-in creates the first key.
        using var admin = await ApiClient.SignInAsync(factory.CreateApiClient(), null, "admin", HumanitarianWebFactory.DemoPassword);

        using var scope = factory.Services.CreateScope();
        var keys = await scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync();
        var key = keys.ShouldHaveSingleItem();
        var xml = key.Xml.ShouldNotBeNull();
        xml.ShouldContain("<encryptedSecret");
        xml.ShouldNotContain("<masterKey");
        // Read back from the database, it decrypts with the certificate from its file (not from a machine store).
        var stored = scope.ServiceProvider.GetRequiredService<IKeyManager>().GetAllKeys().ShouldHaveSingleItem();
        key.FriendlyName.ShouldBe("key-" + stored.KeyId.ToString("D"));
        stored.Descriptor.ShouldNotBeNull();
    }
}

public sealed class DataProtection_Sqlite_Tests() : DataProtection_Tests(DatabaseProvider.Sqlite);

// On both databases: the keys are XML documents of a few KB in a text column of the provider's.
public sealed class DataProtection_MySql_Tests() : DataProtection_Tests(DatabaseProvider.MySql);

/// <summary>No production start without a certificate (unless a demo), and /health without internal detail: SQLite only.</summary>
public sealed class ProductionStart_Tests() : ProductionAppTestBase(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task Should_refuse_to_start_in_production_without_a_certificate()
    {
        var failure = await Should.ThrowAsync<InvalidOperationException>(() => StartProductionAsync(withCertificate: false));

        failure.Message.ShouldContain("DataProtection:Certificate:Path");
    }

    [Fact]
    public async Task Should_start_a_demo_in_production_without_a_certificate()
    {
        // A newcomer's `dotnet Humanitarian.Web.dll` on SQLite with demo data: started, with a warning.
        var factory = await StartProductionAsync(withCertificate: false, demo: true);

        using var admin = await ApiClient.SignInAsync(factory.CreateApiClient(), null, "admin", HumanitarianWebFactory.DemoPassword);
    }

    [Fact]
    public async Task Should_answer_health_with_its_status_only_in_production()
    {
        var factory = await StartProductionAsync(withCertificate: true);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("{\"status\":\"Healthy\"}");
    }
}
