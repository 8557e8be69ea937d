using Humanitarian.Framework.AspNetCore;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Humanitarian.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Identity;

public static class IdentitySetup
{
    /// <summary>Cookie for the pages, bearer token for scripts; the request picks by its header.</summary>
    public const string DefaultScheme = "Humanitarian";

    public static void AddHumanitarianIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<HumanitarianDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>();

        // Keys in the database: every server of a deployment reads the same cookies and tokens.
        services.AddDataProtection().SetApplicationName("Humanitarian").PersistKeysToDbContext<HumanitarianDbContext>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = DefaultScheme;
                o.DefaultAuthenticateScheme = DefaultScheme;
                o.DefaultChallengeScheme = DefaultScheme;
                o.DefaultForbidScheme = DefaultScheme;
            })
            .AddPolicyScheme(DefaultScheme, DefaultScheme, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1));

        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval =
            configuration.GetValue("Identity:SecurityStampValidationInterval", TimeSpan.FromMinutes(30)));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = ".Humanitarian.Auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Events.OnValidatePrincipal = ValidateSecurityStampInUsersTenantAsync;
            o.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized, "Unauthorized");
            o.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden, "Forbidden");
        });
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
    }

    /// <summary>Under /api a missing sign-in is a 401 (403 for a missing permission), never a redirect.</summary>
    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status, string messageKey)
    {
        if (!AbpErrorWriter.IsApiRequest(context.HttpContext))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
        var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<AbpFrameworkResource>>();
        return AbpErrorWriter.WriteAsync(context.HttpContext, status, l[messageKey]);
    }
}
