using System.ComponentModel.DataAnnotations;

namespace Humanitarian.Web.PermissionManagement;

public sealed record GetPermissionListResultDto(string EntityDisplayName, IReadOnlyList<PermissionGroupDto> Groups);

public sealed record PermissionGroupDto(string Name, string DisplayName, IReadOnlyList<PermissionGrantInfoDto> Permissions);

/// <summary>
/// A permission as the editor shows it (ABP's shape): <see cref="GrantedProviders"/> says who grants it —
/// for a user, its own grant ("U") and each of its roles ("R") that holds it; ABP's editor disables what
/// another provider grants. <see cref="AllowedProviders"/> is empty: every provider may grant every permission.
/// </summary>
public sealed record PermissionGrantInfoDto(
    string Name, string DisplayName, string? ParentName, bool IsGranted,
    IReadOnlyList<string> AllowedProviders, IReadOnlyList<ProviderInfoDto> GrantedProviders);

public sealed record ProviderInfoDto(string ProviderName, string ProviderKey);

public sealed class UpdatePermissionsDto
{
    [Required]
    public List<UpdatePermissionDto> Permissions { get; set; } = [];
}

public sealed class UpdatePermissionDto
{
    [Required, StringLength(128)]
    public string Name { get; set; } = "";

    public bool IsGranted { get; set; }
}
