using System.Security.Claims;
using Humanitarian.Framework.AspNetCore;
using Humanitarian.Framework.BackgroundWorkers;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Humanitarian.Web.Account;
using Humanitarian.Web.AuthServer;
using Humanitarian.Web.Data;
using Humanitarian.Web.Identity.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Identity;

public static class IdentitySetup
{
    /// <summary>Cookie for the pages, bearer token (a JWT from /connect/token) for scripts and ABP's clients; the request picks by its header.</summary>
    public const string DefaultScheme = "Humanitarian";

    public static void AddHumanitarianIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = 12;
                // Counted per client address by SignInThrottleStore, not on the account (see SignInService).
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<HumanitarianDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>();
        // Invitation and password reset links expire after Identity:TokenLifespan (a day).
        services.Configure<DataProtectionTokenProviderOptions>(o =>
            o.TokenLifespan = configuration.GetValue("Identity:TokenLifespan", TimeSpan.FromDays(1)));
        // Tests sign in thousands of times; PBKDF2's 100,000 rounds would cost them minutes. Hashes
        // carry their own round count, so a real deployment never meets a weakened one.
        services.AddOptions<PasswordHasherOptions>().Configure<IHostEnvironment>((o, environment) =>
        {
            if (environment.IsEnvironment("Testing"))
            {
                o.IterationCount = 1_000;
            }
        });

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = DefaultScheme;
                o.DefaultAuthenticateScheme = DefaultScheme;
                o.DefaultChallengeScheme = DefaultScheme;
                o.DefaultForbidScheme = DefaultScheme;
            })
            .AddPolicyScheme(DefaultScheme, DefaultScheme, o => o.ForwardDefaultSelector = context =>
                IsBearerRequest(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddJwtBearer(IdentityConstants.BearerScheme);
        services.Configure<AuthServerOptions>(configuration.GetSection(AuthServerOptions.Section));
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>>(sp => sp.GetRequiredService<AccessTokenValidation>());

        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = configuration.GetValue("Identity:SecurityStampValidationInterval", TimeSpan.FromMinutes(30));
            o.OnRefreshingPrincipal = KeepSession;
        });
        services.AddSingleton<IdentitySessionActivity>();
        services.AddRecurringJob<IdentitySessionActivityJob>("identity-session-activity", TimeSpan.FromSeconds(30));
        services.AddRecurringJob<SignInThrottleCleanupJob>("sign-in-throttle-cleanup", TimeSpan.FromHours(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = ".Humanitarian.Auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Events.OnValidatePrincipal = ValidateSecurityStampInUsersTenantAsync;
            o.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });
    }

    public static bool IsBearerRequest(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>A cookie refreshed from the database stays the same sign-in session.</summary>
    private static Task KeepSession(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(AbpClaimTypes.SessionId) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(AbpClaimTypes.SessionId, session.Value));
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Identity re-checks the cookie's security stamp before the request's tenant is known; the user
    /// lives in the tenant named by the cookie's own claim, so look there.
    /// </summary>
    private static async Task ValidateSecurityStampInUsersTenantAsync(CookieValidatePrincipalContext context)
    {
        Guid? tenantId = Guid.TryParse(context.Principal?.FindFirst(AbpClaimTypes.TenantId)?.Value, out var id) ? id : null;
        using (context.HttpContext.RequestServices.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        }
        if (context.Principal is null)
        {
            // A refused cookie is an ended session too: the 401 says so.
            context.HttpContext.Items[AbpErrorPages.SessionEndedItem] = true;
        }
    }

    /// <summary>Under /api a missing sign-in is a 401 (403 for a missing permission), never a redirect.</summary>
    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (!AbpErrorWriter.IsApiRequest(context.HttpContext))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
        return AbpErrorWriter.WriteAsync(context.HttpContext, status, AbpErrorPages.MessageFor(context.HttpContext, status));
    }
}
