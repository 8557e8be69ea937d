using Humanitarian.Web.Identity;

namespace Humanitarian.Web.Pages.Identity.Users;

/// <summary>What the role checkboxes show: the roles the caller may give and the ones ticked.</summary>
public sealed record RoleChecksModel(
    IReadOnlyList<IdentityRoleDto> Roles, IReadOnlyCollection<string> Selected, Func<string, string> DisplayName, string? Error);
