using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Pages;

/// <summary>
/// Base of the host's pages: the framework's page model on the host's resource, with the host's own
/// display helpers (administrative levels, default roles).
/// </summary>
public abstract class HumanitarianPageModel : AbpPageModel<HumanitarianResource>
{
    /// <summary>A merged or dissolved tenant is shown by its former name: "Ninh Thuận (cũ)".</summary>
    public string TenantName(string displayName, bool isClosed) =>
        isClosed ? L["Tenant:Former", displayName] : displayName;

    /// <summary>The administrative level's name in the UI culture.</summary>
    public string LevelName(TenantLevel level) => L["TenantLevel:" + level];

    /// <summary>A default role's description in the UI culture; other roles by their name.</summary>
    public string RoleDisplayName(string roleName)
    {
        var text = L["RoleName:" + roleName];
        return text.ResourceNotFound ? roleName : text.Value;
    }

    /// <summary>An outbox message's status in the UI culture (the framework names its own statuses).</summary>
    public string EmailStatusName(EmailMessageStatus status) =>
        HttpContext.RequestServices.GetRequiredService<IStringLocalizer<AbpFrameworkResource>>()["EmailMessageStatus:" + status];
}
