using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Web.MultiTenancy;

public sealed class MergeTenantInput
{
    /// <summary>The tenant that takes over (Khánh Hòa for Ninh Thuận).</summary>
    [Required]
    public Guid? SuccessorId { get; set; }

    /// <summary>The day the merger takes effect (Vietnam's calendar); today when omitted.</summary>
    public DateOnly? EffectiveDate { get; set; }
}

public sealed class DissolveTenantInput
{
    /// <summary>The legal heir; the parent tenant when omitted (Quảng Trị for Vĩnh Linh).</summary>
    public Guid? SuccessorId { get; set; }

    /// <summary>The day the dissolution takes effect (Vietnam's calendar); today when omitted.</summary>
    public DateOnly? EffectiveDate { get; set; }

    /// <summary>Areas (with their sub-areas, units and the units' users) that go to another successor.</summary>
    public List<AreaSuccessorInput> AreaSuccessors { get; set; } = [];
}

/// <summary>An administrative area of the dissolved tenant and the tenant that takes it over.</summary>
public sealed class AreaSuccessorInput
{
    [Required]
    public Guid? AreaId { get; set; }

    [Required]
    public Guid? SuccessorId { get; set; }
}

public sealed class TenantReorganisationPreviewInput
{
    [Required, EnumDataType(typeof(TenantReorganisationKind))]
    public TenantReorganisationKind? Kind { get; set; }

    public Guid? SuccessorId { get; set; }
    public DateOnly? EffectiveDate { get; set; }

    /// <inheritdoc cref="DissolveTenantInput.AreaSuccessors"/>
    public List<AreaSuccessorInput> AreaSuccessors { get; set; } = [];
}

/// <summary>A report of a merger or dissolution: what moved to the heir, what stayed as closed records.</summary>
public sealed class TenantReorganisationDto
{
    /// <summary>Null for a preview: nothing was done yet.</summary>
    public Guid? Id { get; set; }

    public TenantReorganisationKind Kind { get; set; }
    public Guid SourceTenantId { get; set; }
    public string SourceName { get; set; } = "";
    public Guid HeirTenantId { get; set; }
    public string HeirName { get; set; } = "";
    public DateOnly EffectiveDate { get; set; }
    public DateTime? ExecutionTime { get; set; }
    public string? UserName { get; set; }
    public IReadOnlyList<TenantReorganisationLine> Lines { get; set; } = [];
}

public sealed class TenantReorganisationListInput : PagedAndSortedFilterRequestDto;
