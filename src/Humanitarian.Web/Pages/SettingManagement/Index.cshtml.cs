using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.UI.SettingManagement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Pages.SettingManagement;

/// <summary>A settings group as the page shows it: its texts in the UI culture.</summary>
public sealed record SettingGroupView(SettingPageGroup Group, string DisplayName, string? Description);

/// <summary>
/// ABP's settings page: every settings group the user may edit — the host's and the modules' — with what
/// is in force now (a tenant sees what it inherits from the national level, never a secret) and a link
/// to the page that edits it.
/// </summary>
[Authorize]
public sealed class IndexModel(
    IOptions<SettingManagementPageOptions> options, IStringLocalizerFactory localizers, ICurrentTenant currentTenant)
    : HumanitarianPageModel
{
    public IReadOnlyList<SettingGroupView> Groups { get; private set; } = [];

    public bool IsHost => currentTenant.Id is null;

    public async Task OnGetAsync()
    {
        var groups = new List<SettingGroupView>();
        foreach (var group in options.Value.Groups.OrderBy(g => g.Order))
        {
            if (group.RequiredPermission is null || await IsGrantedAsync(group.RequiredPermission))
            {
                var l = localizers.Create(group.ResourceType);
                groups.Add(new SettingGroupView(group, l[group.DisplayName].Value, group.Description is null ? null : l[group.Description].Value));
            }
        }
        Groups = groups;
    }
}
