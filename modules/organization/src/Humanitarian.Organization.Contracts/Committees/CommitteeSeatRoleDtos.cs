using System.ComponentModel.DataAnnotations;

namespace Humanitarian.Organization.Committees;

/// <summary>The role a position confers on the user linked to a seat while its term runs; none when null.</summary>
public sealed class CommitteeSeatRoleDto
{
    [Required, EnumDataType(typeof(CommitteePosition))]
    public CommitteePosition? Position { get; set; }

    [StringLength(CommitteeConsts.MaxSeatRoleNameLength)]
    public string? RoleName { get; set; }
}

/// <summary>The whole choice: a position left out confers no role.</summary>
public sealed class UpdateCommitteeSeatRolesDto
{
    /// <summary>One entry a position; a few more are allowed only to name the repeated one.</summary>
    [Required, MaxLength(16)]
    public List<CommitteeSeatRoleDto> Items { get; set; } = [];
}
