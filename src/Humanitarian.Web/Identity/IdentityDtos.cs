using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;

namespace Humanitarian.Web.Identity;

public sealed class IdentityUserDto : EntityDto<Guid>
{
    public Guid? TenantId { get; set; }
    public string UserName { get; set; } = "";
    public string? Name { get; set; }
    public string? Surname { get; set; }
    public string? Email { get; set; }
    public string? PhoneNumber { get; set; }
    public bool IsActive { get; set; }
    public bool LockoutEnabled { get; set; }
    public DateTimeOffset? LockoutEnd { get; set; }
    public Guid? UnitId { get; set; }
    public IReadOnlyList<string> RoleNames { get; set; } = [];
    public DateTime CreationTime { get; set; }
    public string ConcurrencyStamp { get; set; } = "";
}

public abstract class IdentityUserInputBase
{
    [Required, StringLength(256), RegularExpression(@"^[A-Za-z0-9._@+-]+$")]
    public string UserName { get; set; } = "";

    [StringLength(AppUser.MaxNameLength)]
    public string? Name { get; set; }

    [StringLength(AppUser.MaxNameLength)]
    public string? Surname { get; set; }

    [Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    /// <summary>Blank reads as none: ABP's dialog posts a cleared field as "".</summary>
    [Phone, StringLength(16)]
    public string? PhoneNumber { get; set => field = string.IsNullOrWhiteSpace(value) ? null : value; }

    public bool IsActive { get; set; } = true;
    public bool LockoutEnabled { get; set; } = true;
    public Guid? UnitId { get; set; }

    /// <summary>ABP's: null keeps an edited user's roles (a new user gets the default roles); an item may not be null.</summary>
    public List<string>? RoleNames { get; set; } = [];
}

public sealed class IdentityUserCreateDto : IdentityUserInputBase
{
    /// <summary>Empty: the user is e-mailed an invitation to set a password.</summary>
    [StringLength(128)]
    public string? Password { get; set; }
}

public sealed class IdentityUserUpdateDto : IdentityUserInputBase
{
    /// <summary>Set to change the password; leave empty to keep it.</summary>
    [StringLength(128)]
    public string? Password { get; set; }

    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class IdentityRoleDto : EntityDto<Guid>
{
    public string Name { get; set; } = "";
    public bool IsDefault { get; set; }
    public bool IsPublic { get; set; }
    public bool IsStatic { get; set; }
    public string ConcurrencyStamp { get; set; } = "";
}

public class IdentityRoleCreateDto
{
    [Required, StringLength(256), RegularExpression(@"^[A-Za-z0-9._-]+$")]
    public string Name { get; set; } = "";

    public bool IsDefault { get; set; }
    public bool IsPublic { get; set; } = true;
}

public sealed class IdentityRoleUpdateDto : IdentityRoleCreateDto
{
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}
