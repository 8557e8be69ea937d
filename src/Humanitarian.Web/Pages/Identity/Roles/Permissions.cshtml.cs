using Humanitarian.Framework.Authorization;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.PermissionManagement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Identity.Roles;

/// <summary>A permission as the editor shows it: indented under its parent.</summary>
public sealed record PermissionRow(string Name, string DisplayName, string? ParentName, int Depth, bool IsGranted);

public sealed record PermissionGroupRows(string Name, string DisplayName, IReadOnlyList<PermissionRow> Permissions);

/// <summary>The permission editor of one role: every permission of the current side, grouped by module.</summary>
[Authorize(IdentityPermissions.Roles.ManagePermissions)]
public sealed class PermissionsModel(IPermissionAppService permissionAppService) : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true, Name = "roleName")]
    public string RoleName { get; set; } = "";

    /// <summary>The ticked permissions' names.</summary>
    [BindProperty]
    public List<string> Granted { get; set; } = [];

    public IReadOnlyList<PermissionGroupRows> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(RoleName))
        {
            return NotFound();
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(RoleName))
        {
            return NotFound();
        }
        // Every permission the editor showed is saved as ticked or not.
        var current = await permissionAppService.GetAsync(PermissionGrant.RoleProvider, RoleName);
        var granted = Granted.ToHashSet(StringComparer.Ordinal);
        await permissionAppService.UpdateAsync(PermissionGrant.RoleProvider, RoleName, new UpdatePermissionsDto
        {
            Permissions = current.Groups.SelectMany(g => g.Permissions)
                .Select(p => new UpdatePermissionDto { Name = p.Name, IsGranted = granted.Contains(p.Name) })
                .ToList(),
        });
        SetNotice("Permissions:Saved", RoleName);
        return RedirectToPage(new { roleName = RoleName });
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var result = await permissionAppService.GetAsync(PermissionGrant.RoleProvider, RoleName);
        Groups = result.Groups.Select(g =>
        {
            var parents = g.Permissions.ToDictionary(p => p.Name, p => p.ParentName);
            int Depth(string? parent)
            {
                var depth = 0;
                while (parent is not null && depth < 8)
                {
                    depth++;
                    parent = parents.GetValueOrDefault(parent);
                }
                return depth;
            }
            return new PermissionGroupRows(g.Name, g.DisplayName,
                g.Permissions.Select(p => new PermissionRow(p.Name, p.DisplayName, p.ParentName, Depth(p.ParentName), p.IsGranted)).ToList());
        }).ToList();
    }
}
