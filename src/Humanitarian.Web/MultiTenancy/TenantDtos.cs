using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Web.MultiTenancy;

public sealed class TenantDto : AuditedEntityDto<Guid>
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public Guid? ParentId { get; set; }
    public string? ParentName { get; set; }
    public TenantLevel Level { get; set; }
    public bool IsActive { get; set; }

    /// <summary>The legal heir once the tenant was merged or dissolved (2025); null while it is open.</summary>
    public Guid? SuccessorId { get; set; }
    public string? SuccessorName { get; set; }
    public TenantReorganisationKind? ClosureKind { get; set; }
    public DateOnly? ClosureDate { get; set; }
    public string ConcurrencyStamp { get; set; } = "";
}

public abstract class TenantInputBase
{
    public const string NamePattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>An ASCII slug used in headers and URLs (<c>ha-noi</c>).</summary>
    [Required, StringLength(Tenant.MaxNameLength), RegularExpression(NamePattern, ErrorMessage = "Validation:TenantName")]
    public string Name { get; set; } = "";

    public Guid? ParentId { get; set; }

    [EnumDataType(typeof(TenantLevel))]
    public TenantLevel Level { get; set; } = TenantLevel.Province;
}

public sealed class TenantCreateDto : TenantInputBase
{
    /// <summary>Left out (as ABP's own clients do, which know only the name): the name.</summary>
    [StringLength(Tenant.MaxDisplayNameLength)]
    public string? DisplayName { get; set; }

    [Required, EmailAddress, StringLength(256)]
    public string AdminEmailAddress { get; set; } = "";

    [Required, StringLength(128, MinimumLength = 12)]
    public string AdminPassword { get; set; } = "";
}

public sealed class TenantUpdateDto : TenantInputBase
{
    [Required, StringLength(Tenant.MaxDisplayNameLength)]
    public string DisplayName { get; set; } = "";

    public bool IsActive { get; set; } = true;

    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class TenantListInput : PagedAndSortedFilterRequestDto
{
    public Guid? ParentId { get; set; }
}

/// <summary>ABP's anonymous tenant look-up (for the sign-in page's tenant switch).</summary>
public sealed record FindTenantResultDto(bool Success, Guid? TenantId, string? Name, string? DisplayName, bool IsActive);
