using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Humanitarian.Web.AuthServer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Humanitarian.Web.Tests;

/// <summary>
/// What ABP's clients (its Angular app, angular-oauth2-oidc) need of the token server: discovery with
/// every endpoint under the issuer, JWT access tokens they can decode and anyone can check against the
/// published key, refresh tokens, and revocation that ends the sign-in session for good.
/// </summary>
public abstract class AuthServer_Tests<TFixture>(TFixture fixture, ClassShared<TestTenant> classTenant)
    : IClassFixture<ClassShared<TestTenant>> where TFixture : AppFixture
{
    private const string Issuer = "http://localhost/";

    private async Task<JsonObject> TokenAsync(string? tenantName, Dictionary<string, string> form)
    {
        using var anonymous = fixture.Anonymous(tenantName);
        form.TryAdd("client_id", "Humanitarian_App");
        var response = await anonymous.SendAsync(HttpMethod.Post, "/connect/token", null,
            request => request.Content = new FormUrlEncodedContent(form));
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!.AsObject();
        body["status"] = (int)response.StatusCode;
        return body;
    }

    private async Task<JsonObject> PasswordTokenAsync(TestTenant tenant, string scope, bool rememberMe = false)
    {
        var token = await TokenAsync(tenant.Name, new()
        {
            ["grant_type"] = "password", ["username"] = "admin", ["password"] = TestTenant.AdminPassword, ["scope"] = scope,
            ["remember_me"] = rememberMe ? "true" : "false",
        });
        token["status"]!.GetValue<int>().ShouldBe(200, token.ToJsonString());
        return token;
    }

    private Task<JsonObject> RefreshAsync(string refreshToken) =>
        TokenAsync(null, new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });

    private async Task<HttpStatusCode> RevokeAsync(string token, string clientId = "Humanitarian_App")
    {
        using var anonymous = fixture.Anonymous();
        var response = await anonymous.SendAsync(HttpMethod.Post, "/connect/revocat", null, request => request.Content =
            new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["client_id"] = clientId }));
        return response.StatusCode;
    }

    /// <summary>Whether the token signs in: the configuration's current user, as ABP's app reads it after sign-in.</summary>
    private async Task<bool> SignsInAsync(string accessToken)
    {
        using var client = new ApiClient(fixture.Factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false }), null);
        client.UseBearer(accessToken);
        var response = await client.GetAsync("/api/account/my-profile");
        return response.StatusCode switch
        {
            HttpStatusCode.OK => true,
            HttpStatusCode.Unauthorized => false,
            var other => throw new ShouldAssertException($"my-profile answered {other}"),
        };
    }

    private async Task<JsonWebKey> PublishedKeyAsync()
    {
        using var anonymous = fixture.Anonymous();
        var keys = await anonymous.GetJsonAsync<JsonObject>("/.well-known/jwks");
        keys["keys"]!.AsArray().Count.ShouldBe(1);
        return new JsonWebKey(keys["keys"]![0]!.ToJsonString());
    }

    [Fact]
    public async Task Should_announce_the_issuer_and_every_endpoint_under_it()
    {
        using var anonymous = fixture.Anonymous();

        var discovery = await anonymous.GetJsonAsync<JsonObject>("/.well-known/openid-configuration");

        discovery["issuer"]!.GetValue<string>().ShouldBe(Issuer);
        discovery["token_endpoint"]!.GetValue<string>().ShouldBe(Issuer + "connect/token");
        discovery["revocation_endpoint"]!.GetValue<string>().ShouldBe(Issuer + "connect/revocat");
        discovery["jwks_uri"]!.GetValue<string>().ShouldBe(Issuer + ".well-known/jwks");
        discovery["grant_types_supported"]!.AsArray().Select(g => g!.GetValue<string>()).ShouldBe(["password", "refresh_token"]);
        var key = await PublishedKeyAsync();
        (key.Kty, key.Use, key.Alg).ShouldBe(("RSA", "sig", "RS256"));
        key.HasPrivateKey.ShouldBeFalse();
        key.D.ShouldBeNull("the private exponent never leaves the server");
    }

    [Fact]
    public async Task Should_sign_on_every_server_with_the_one_key_kept_in_the_database()
    {
        var published = await PublishedKeyAsync();

        // Another server of the deployment: a store of its own over the same database and Data Protection keys.
        var otherServer = ActivatorUtilities.CreateInstance<TokenSigningKeyStore>(fixture.Factory.Services);

        otherServer.Key.KeyId.ShouldBe(published.Kid);
        otherServer.PublicJsonWebKey.N.ShouldBe(published.N);
    }

    [Fact]
    public async Task Should_issue_an_access_token_anyone_can_check_with_the_published_key()
    {
        var tenant = await classTenant.TenantAsync(fixture);

        var token = await PasswordTokenAsync(tenant, "offline_access Humanitarian", rememberMe: true);

        var accessToken = token["access_token"]!.GetValue<string>();
        var checkedToken = await new JsonWebTokenHandler().ValidateTokenAsync(accessToken, new TokenValidationParameters
        {
            ValidIssuer = Issuer, ValidAudience = "Humanitarian", IssuerSigningKey = await PublishedKeyAsync(),
        });
        checkedToken.IsValid.ShouldBeTrue(checkedToken.Exception?.Message);
        var jwt = (JsonWebToken)checkedToken.SecurityToken;
        (jwt.Alg, jwt.Typ).ShouldBe(("RS256", "at+jwt"));
        jwt.GetClaim("tenantid").Value.ShouldBe(tenant.Id.ToString());
        jwt.GetClaim("unique_name").Value.ShouldBe("admin");
        Guid.TryParse(jwt.GetClaim("sub").Value, out _).ShouldBeTrue();
        Guid.TryParse(jwt.GetClaim("session_id").Value, out _).ShouldBeTrue();
        jwt.GetClaim("remember_me").Value.ShouldBe("true");
        jwt.TryGetClaim("AspNet.Identity.SecurityStamp", out _).ShouldBeFalse("the stamp is not for the token's holder to read");
        (jwt.ValidTo - jwt.IssuedAt).ShouldBe(TimeSpan.FromHours(1));
        token["expires_in"]!.GetValue<long>().ShouldBe(3600);
        token["refresh_token"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        (await SignsInAsync(accessToken)).ShouldBeTrue();

        // Without offline_access: no refresh token, and remember_me false unless asked for.
        var plain = await PasswordTokenAsync(tenant, "Humanitarian");
        plain.ContainsKey("refresh_token").ShouldBeFalse();
        new JsonWebToken(plain["access_token"]!.GetValue<string>()).GetClaim("remember_me").Value.ShouldBe("false");
    }

    [Fact]
    public async Task Should_refresh_while_the_session_lasts_and_end_it_on_revocation()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        var first = await PasswordTokenAsync(tenant, "offline_access Humanitarian");

        var refreshed = await RefreshAsync(first["refresh_token"]!.GetValue<string>());

        refreshed["status"]!.GetValue<int>().ShouldBe(200, refreshed.ToJsonString());
        var second = refreshed["access_token"]!.GetValue<string>();
        second.ShouldNotBe(first["access_token"]!.GetValue<string>());
        new JsonWebToken(second).GetClaim("session_id").Value
            .ShouldBe(new JsonWebToken(first["access_token"]!.GetValue<string>()).GetClaim("session_id").Value, "the same sign-in");
        (await SignsInAsync(second)).ShouldBeTrue();

        // ABP's sign-out revokes the access token: the session ends, and everything made from it with it.
        (await RevokeAsync(first["access_token"]!.GetValue<string>())).ShouldBe(HttpStatusCode.OK);

        (await SignsInAsync(first["access_token"]!.GetValue<string>())).ShouldBeFalse();
        (await SignsInAsync(second)).ShouldBeFalse();
        var afterRevocation = await RefreshAsync(refreshed["refresh_token"]!.GetValue<string>());
        afterRevocation["status"]!.GetValue<int>().ShouldBe(400);
        afterRevocation["error"]!.GetValue<string>().ShouldBe("invalid_grant");
        // Revoking again, or something that is no token, is not an error (RFC 7009); an unknown client is.
        (await RevokeAsync(second)).ShouldBe(HttpStatusCode.OK);
        (await RevokeAsync("not-a-token")).ShouldBe(HttpStatusCode.OK);
        (await RevokeAsync(second, clientId: "someone-else")).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_end_the_session_when_the_refresh_token_is_revoked()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        var token = await PasswordTokenAsync(tenant, "offline_access Humanitarian");

        (await RevokeAsync(token["refresh_token"]!.GetValue<string>())).ShouldBe(HttpStatusCode.OK);

        (await SignsInAsync(token["access_token"]!.GetValue<string>())).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_refuse_a_refresh_token_that_is_not_ours_and_a_token_signed_by_another_key()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        var token = await PasswordTokenAsync(tenant, "offline_access Humanitarian");
        var refreshToken = token["refresh_token"]!.GetValue<string>();

        var forged = await RefreshAsync(refreshToken[..^4] + (refreshToken.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"));
        forged["status"]!.GetValue<int>().ShouldBe(400);
        forged["error"]!.GetValue<string>().ShouldBe("invalid_grant");
        // An access token is no refresh token.
        (await RefreshAsync(token["access_token"]!.GetValue<string>()))["status"]!.GetValue<int>().ShouldBe(400);

        // The same claims, signed by a key of the attacker's own: refused.
        var genuine = new JsonWebToken(token["access_token"]!.GetValue<string>());
        using var attackerKey = RSA.Create(2048);
        var counterfeit = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer, Audience = "Humanitarian", TokenType = "at+jwt", Expires = DateTime.UtcNow.AddHours(1),
            Claims = genuine.Claims.Where(c => c.Type is "sub" or "unique_name" or "tenantid" or "session_id" or "role")
                .GroupBy(c => c.Type).ToDictionary(g => g.Key, g => (object)g.First().Value),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(attackerKey) { KeyId = genuine.Kid }, SecurityAlgorithms.RsaSha256),
        });
        (await SignsInAsync(counterfeit)).ShouldBeFalse();
        (await SignsInAsync(token["access_token"]!.GetValue<string>())).ShouldBeTrue("the genuine token still works");
    }
}

[Collection(Collections.Sqlite)]
public sealed class AuthServer_Sqlite_Tests(SqliteAppFixture fixture, ClassShared<TestTenant> tenant)
    : AuthServer_Tests<SqliteAppFixture>(fixture, tenant);

[Collection(Collections.MySql)]
public sealed class AuthServer_MySql_Tests(MySqlAppFixture fixture, ClassShared<TestTenant> tenant)
    : AuthServer_Tests<MySqlAppFixture>(fixture, tenant);
