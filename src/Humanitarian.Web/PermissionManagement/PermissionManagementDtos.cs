using System.ComponentModel.DataAnnotations;

namespace Humanitarian.Web.PermissionManagement;

public sealed record GetPermissionListResultDto(string EntityDisplayName, IReadOnlyList<PermissionGroupDto> Groups);

public sealed record PermissionGroupDto(string Name, string DisplayName, IReadOnlyList<PermissionGrantInfoDto> Permissions);

public sealed record PermissionGrantInfoDto(string Name, string DisplayName, string? ParentName, bool IsGranted);

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
