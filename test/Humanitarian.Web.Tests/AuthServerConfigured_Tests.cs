using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Humanitarian.Web.AuthServer;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Humanitarian.Web.Tests;

/// <summary>
/// A deployment of several servers behind one public address: the issuer configured exactly as written,
/// and one signing key file shared by every server. An app of its own (SQLite; the settings are read at start).
/// </summary>
public sealed class AuthServerConfigured_Tests : IAsyncLifetime
{
    private const string Authority = "https://nhandao.example.vn/";
    private readonly string _keyPath = Path.Combine(Path.GetTempPath(), $"humanitarian-signing-{Guid.NewGuid():N}.pem");
    private readonly RSA _key = RSA.Create(2048);
    private HumanitarianWebFactory? _factory;

    private HumanitarianWebFactory Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_keyPath, _key.ExportPkcs8PrivateKeyPem());
        _factory = new HumanitarianWebFactory(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["AuthServer:Authority"] = Authority,
            ["AuthServer:SigningKeyPath"] = _keyPath,
        });
        await _factory.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        _key.Dispose();
        File.Delete(_keyPath);
    }

    private string TokenSignedWithTheSharedKey(string issuer, JsonWebToken genuine) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = issuer, Audience = "Humanitarian", TokenType = "at+jwt", Expires = DateTime.UtcNow.AddHours(1),
        Claims = genuine.Claims.Where(c => c.Type is "sub" or "unique_name" or "session_id")
            .ToDictionary(c => c.Type, c => (object)c.Value),
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(_key), SecurityAlgorithms.RsaSha256),
    });

    private async Task<HttpStatusCode> ProfileStatusAsync(string accessToken)
    {
        using var client = new ApiClient(Factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false }), null);
        client.UseBearer(accessToken);
        return (await client.GetAsync("/api/account/my-profile")).StatusCode;
    }

    [Fact]
    public async Task Should_announce_the_configured_issuer_sign_with_the_key_file_and_refuse_another_issuer()
    {
        using var anonymous = new ApiClient(Factory.CreateApiClient(), null);

        var discovery = await anonymous.GetJsonAsync<JsonObject>("/.well-known/openid-configuration");
        discovery["issuer"]!.GetValue<string>().ShouldBe(Authority);
        discovery["token_endpoint"]!.GetValue<string>().ShouldBe(Authority + "connect/token");
        discovery["jwks_uri"]!.GetValue<string>().ShouldBe(Authority + ".well-known/jwks");

        using var admin = await ApiClient.SignInWithTokenAsync(Factory.CreateApiClient(), null, "admin", HumanitarianWebFactory.DemoPassword);
        var accessToken = admin.Http.DefaultRequestHeaders.Authorization!.Parameter!;
        // Signed with the file's key, which any server of the deployment can check; none kept in the database.
        var checkedToken = await new JsonWebTokenHandler().ValidateTokenAsync(accessToken, new TokenValidationParameters
        {
            ValidIssuer = Authority, ValidAudience = "Humanitarian", IssuerSigningKey = new RsaSecurityKey(_key.ExportParameters(false)),
        });
        checkedToken.IsValid.ShouldBeTrue(checkedToken.Exception?.Message);
        using (var scope = Factory.Services.CreateScope())
        {
            (await scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>().Set<TokenSigningKey>().CountAsync()).ShouldBe(0);
        }

        // The same claims and the right key, but another issuer: refused; the configured one: accepted.
        var genuine = new JsonWebToken(accessToken);
        (await ProfileStatusAsync(TokenSignedWithTheSharedKey("http://localhost/", genuine))).ShouldBe(HttpStatusCode.Unauthorized);
        (await ProfileStatusAsync(TokenSignedWithTheSharedKey(Authority, genuine))).ShouldBe(HttpStatusCode.OK);
    }
}
