using System.ComponentModel.DataAnnotations;
using Humanitarian.Web.Identity;

namespace Humanitarian.Web.Account;

/// <summary>ABP's ProfileDto: the signed-in user's own account.</summary>
public sealed class ProfileDto
{
    public string UserName { get; set; } = "";
    public string? Email { get; set; }
    public string? Name { get; set; }
    public string? Surname { get; set; }
    public string? PhoneNumber { get; set; }

    /// <summary>Always false here: no external sign-in providers.</summary>
    public bool IsExternal { get; set; }

    public bool HasPassword { get; set; }
    public string ConcurrencyStamp { get; set; } = "";
}

/// <summary>ABP's UpdateProfileDto. The user name is an administrator's to change; sent unchanged, it is accepted.</summary>
public sealed class UpdateProfileDto
{
    [StringLength(256)]
    public string? UserName { get; set; }

    [Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    [StringLength(AppUser.MaxNameLength)]
    public string? Name { get; set; }

    [StringLength(AppUser.MaxNameLength)]
    public string? Surname { get; set; }

    [Phone, StringLength(16)]
    public string? PhoneNumber { get; set; }

    /// <summary>The stamp read with the profile: a stale one (changed meanwhile) → 409.</summary>
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>ABP's ChangePasswordInput.</summary>
public sealed class ChangePasswordInput
{
    [Required, StringLength(128), DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [Required, StringLength(128), DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";
}
