using Humanitarian.Framework.AspNetCore;
using Humanitarian.Framework.Localization;
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

    public static void AddHumanitarianIdentity(this IServiceCollection services)
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

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = ".Humanitarian.Auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized, "Unauthorized");
            o.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden, "Forbidden");
        });
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
