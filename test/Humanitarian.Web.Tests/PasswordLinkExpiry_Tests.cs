using System.Net;
using Humanitarian.Web.Data;
using Humanitarian.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Web.Tests;

/// <summary>
/// An invitation or reset link stops working after Identity:TokenLifespan. Identity's token provider
/// reads the system clock, so this class runs its own app with a one-second lifespan.
/// </summary>
public sealed class PasswordLinkExpiry_Tests : IAsyncLifetime
{
    private readonly HumanitarianWebFactory _factory = new(DatabaseProvider.Sqlite,
        new Dictionary<string, string?> { ["Identity:TokenLifespan"] = "00:00:01" });

    public Task InitializeAsync() => _factory.WaitUntilReadyAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Should_refuse_an_expired_token()
    {
        Guid userId;
        string token;
        using (var scope = _factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var admin = (await users.FindByNameAsync("admin"))!;
            userId = admin.Id;
            token = await users.GeneratePasswordResetTokenAsync(admin);
        }
        await Task.Delay(TimeSpan.FromSeconds(2));
        using var anonymous = new ApiClient(_factory.CreateApiClient(), null);

        var refused = await anonymous.SendExpectingAsync(HttpMethod.Post, "/api/account/reset-password",
            new { userId, resetToken = token, password = "Mat-khau-moi@2026" }, HttpStatusCode.BadRequest);

        TenantTestData.ValidationMembers(refused).ShouldBe(["resetToken"]);
    }
}
